package org.tributary.portal;

import com.deque.html.axecore.results.Results;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import org.tributary.platform.SystemUnderTest;

/** One line per checked page in target/screenshots/axe.txt: how many violations of each impact, and which. */
final class AxeLog {

    private AxeLog() {}

    static synchronized void record(String page, Results results) {
        String line = page + ": passes=" + results.getPasses().size() + " violations="
                + results.getViolations().stream()
                        .map(rule -> rule.getId() + "(" + rule.getImpact() + ")")
                        .collect(Collectors.joining(",", "[", "]"))
                + System.lineSeparator();
        try {
            Path dir = Path.of(SystemUnderTest.property("it.screenshots"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
