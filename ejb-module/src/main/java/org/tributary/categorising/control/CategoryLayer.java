package org.tributary.categorising.control;

import java.util.Optional;

/** One way of finding a category; empty when it does not know. Must run in time linear in the descriptor. */
@FunctionalInterface
public interface CategoryLayer {

    Optional<Suggestion> suggest(Descriptor descriptor);
}
