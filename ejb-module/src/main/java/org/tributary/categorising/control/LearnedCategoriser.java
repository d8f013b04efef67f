package org.tributary.categorising.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tributary.categorising.control.llm.LlmCategoriser;
import org.tributary.categorising.control.model.CloseMerchants;
import org.tributary.categorising.control.model.MerchantEmbeddings;
import org.tributary.categorising.control.model.ModelLayer;

/**
 * Every layer, with one user's rules and history in them, for the categorising worker: the fast ones, the
 * embedding model (the user's own choices first, then the shipped examples, then the categories'
 * descriptions), then — only where the model is unsure and one is configured — the language model.
 */
@ApplicationScoped
public class LearnedCategoriser {

    @Inject
    Rules rules;

    @Inject
    LlmCategoriser llm;

    public LayeredCategoriser forUser(UUID userId) {
        return new LayeredCategoriser(
                new InlineCategoriser(rules.of(userId)),
                ModelLayer.forUser(rules.choices(userId), MerchantName::of),
                llm.enabled() ? new LanguageModelStep(llm) : null);
    }

    /** The brand behind a merchant's name, if it is a known one. */
    public Optional<String> brandOf(String merchant) {
        return InlineCategoriser.brandOf(merchant);
    }

    /** Of the candidates, the merchants the model finds nearly the same as this one. */
    public List<String> closeNeighbours(String merchant, Collection<String> candidates) {
        return new CloseMerchants(MerchantEmbeddings.shared()).closeNeighbours(merchant, candidates);
    }

    /** The language model through its fault-tolerant bean (the proxy, so that the annotations apply). */
    private record LanguageModelStep(LlmCategoriser llm) implements LayeredCategoriser.LanguageModel {

        @Override
        public boolean wants(Optional<Suggestion> lowerLayers) {
            return llm.wants(lowerLayers);
        }

        @Override
        public int maxPerRequest() {
            return llm.maxDescriptorsPerRequest();
        }

        @Override
        public Map<Integer, Suggestion> categorise(List<Descriptor> descriptors) {
            return llm.categorise(descriptors);
        }
    }
}
