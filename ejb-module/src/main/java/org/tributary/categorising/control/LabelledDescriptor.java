package org.tributary.categorising.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank descriptor with the category a person gave it: the shipped examples the model compares with, and the
 * evaluation set in {@code bench/categorise-eval}. Read from tab-separated text with the header
 * {@code country sign counterparty description category source}; {@code #} starts a comment line.
 */
public record LabelledDescriptor(
        String country, int sign, String counterparty, String description, String category, String source) {

    /** The examples shipped with the product (the training part of the evaluation set). */
    public static final String SHIPPED = "/org/tributary/categorising/labelled-descriptors.tsv";

    public static List<LabelledDescriptor> shipped() {
        try (InputStream in = LabelledDescriptor.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<LabelledDescriptor> read(InputStream in) throws IOException {
        List<LabelledDescriptor> all = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = lines.readLine();
        if (header == null || !header.startsWith("country\tsign\tcounterparty\tdescription\tcategory")) {
            throw new IOException("not a labelled descriptor file: " + header);
        }
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 5) {
                throw new IOException("line " + number + ": expected at least 5 tab-separated cells");
            }
            all.add(new LabelledDescriptor(
                    cells[0],
                    Integer.parseInt(cells[1].strip()),
                    cells[2],
                    cells[3],
                    CategoryNames.key(cells[4]),
                    cells.length > 5 ? cells[5] : ""));
        }
        return all;
    }

    public Descriptor descriptor(String merchant) {
        return new Descriptor(merchant, description, sign);
    }
}
