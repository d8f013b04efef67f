package org.tributary.categorising.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

/**
 * The slower layers the categorising worker asks, in order: the embedding model (the user's own choices
 * first, then the shipped examples, then the categories' descriptions), then — only where the model is
 * unsure and one is configured — the language model.
 */
@ApplicationScoped
public class LearnedCategoriser {

    /** The layers with one user's history in them. */
    public interface ForUser {
        Map<Descriptor, Suggestion> suggestAll(List<Descriptor> descriptors);
    }

    @Inject
    Rules rules;

    public ForUser forUser(UUID userId) {
        return descriptors -> Map.of();
    }

    /** The brand behind a merchant's name, if it is a known one. */
    public Optional<String> brandOf(String merchant) {
        return Optional.empty();
    }

    /** Of the candidates, the merchants the model finds nearly the same as this one. */
    public List<String> closeNeighbours(String merchant, Collection<String> candidates) {
        return List.of();
    }
}
