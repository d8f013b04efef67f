package org.tributary.categorising.control.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.LabelledDescriptor;
import org.tributary.categorising.control.MerchantName;

/** The tests' labelled descriptors: made up, in the shipped set's format, the training and the held-out part. */
final class Examples {

    static final MerchantEmbeddings EMBEDDINGS = new MerchantEmbeddings(MerchantEmbeddings.DEFAULT_CACHED);

    private Examples() {}

    static List<LabelledDescriptor> training() {
        return read("labelled-train.tsv");
    }

    static List<LabelledDescriptor> heldOut() {
        return read("labelled-held-out.tsv");
    }

    /** As the import would see it: the merchant named by {@link MerchantName}. */
    static Descriptor descriptor(LabelledDescriptor labelled) {
        return labelled.descriptor(MerchantName.of(labelled.counterparty(), labelled.description()));
    }

    private static List<LabelledDescriptor> read(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(name)) {
            return LabelledDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
