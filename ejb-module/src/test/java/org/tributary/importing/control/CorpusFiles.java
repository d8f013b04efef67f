package org.tributary.importing.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared corpus of real bank exports and the per-file facts its README states. */
public final class CorpusFiles {

    public record Entry(String file, String format, String quirks, int transactions) {
        public Path path() {
            return root().resolve(file);
        }
    }

    private CorpusFiles() {}

    public static Path root() {
        return Path.of(System.getProperty("tributary.corpus", "../corpus"));
    }

    /** The rows of the README's per-file table. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(root().resolve("README.md"))) {
                String[] cells = line.split("\\|");
                if (cells.length < 11 || !cells[1].strip().matches("\\d+")) {
                    continue;
                }
                String file = cells[2].strip().replaceAll("`", "").replaceAll("\\s*\\(\\d+ B\\)$", "");
                String tx = cells[9].strip().replaceAll("^(\\d+).*", "$1");
                entries.add(new Entry(
                        file, cells[3].strip(), cells[10].strip(), tx.matches("\\d+") ? Integer.parseInt(tx) : -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
