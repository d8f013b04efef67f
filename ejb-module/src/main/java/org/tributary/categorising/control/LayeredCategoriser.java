package org.tributary.categorising.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tributary.categorising.control.model.ModelLayer;

/**
 * Every layer for one user, for many descriptors at once: the fast ones first (a rule may have changed since
 * the import), then the embedding model for the rest in one batch, then — where the model is unsure and a
 * language model is configured — the language model, whose answer is taken only when it is surer.
 */
public final class LayeredCategoriser {

    /** The language model's step: descriptors in, answers by position out (empty when off or failing). */
    public interface LanguageModel {
        boolean wants(Optional<Suggestion> lowerLayers);

        int maxPerRequest();

        Map<Integer, Suggestion> categorise(List<Descriptor> descriptors);
    }

    private final InlineCategoriser inline;
    private final ModelLayer model;
    private final LanguageModel languageModel;

    public LayeredCategoriser(InlineCategoriser inline, ModelLayer model, LanguageModel languageModel) {
        this.inline = inline;
        this.model = model;
        this.languageModel = languageModel;
    }

    /** @return a suggestion for each descriptor some layer knows; the others are left out */
    public Map<Descriptor, Suggestion> suggestAll(List<Descriptor> descriptors) {
        Map<Descriptor, Suggestion> found = new LinkedHashMap<>();
        List<Descriptor> rest = new ArrayList<>();
        for (Descriptor descriptor : descriptors) {
            inline.suggest(descriptor).ifPresentOrElse(s -> found.put(descriptor, s), () -> rest.add(descriptor));
        }
        Map<Descriptor, Suggestion> learnt = rest.isEmpty() ? Map.of() : model.suggestAll(rest);
        found.putAll(learnt);
        if (languageModel != null) {
            List<Descriptor> unsure = rest.stream()
                    .filter(d -> languageModel.wants(Optional.ofNullable(learnt.get(d))))
                    .toList();
            for (int start = 0; start < unsure.size(); start += languageModel.maxPerRequest()) {
                List<Descriptor> batch =
                        unsure.subList(start, Math.min(unsure.size(), start + languageModel.maxPerRequest()));
                languageModel.categorise(batch).forEach((position, answer) -> {
                    Descriptor descriptor = batch.get(position);
                    Suggestion lower = found.get(descriptor);
                    if (lower == null || answer.confidence() > lower.confidence()) {
                        found.put(descriptor, answer);
                    }
                });
            }
        }
        return found;
    }
}
