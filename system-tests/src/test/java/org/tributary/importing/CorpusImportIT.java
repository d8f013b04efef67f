package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Every statement file of the shared corpus, uploaded through the HTTP API into the deployed application:
 * the transaction count must be the README's, and importing the same file again must add nothing. Files
 * the application refuses on purpose, and formats not read yet, are listed with the reason.
 */
class CorpusImportIT {

    /** Formats read so far, by corpus folder. */
    static final List<String> READ = List.of("csv/", "mt940/", "qif/", "ofx/", "camt05", "csb43-norma43/", "api-json/");

    /** Files whose count differs from the README on purpose, with the count we expect and why. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "csv/dutch-banks-ofxstatement/Account_20190101_20200317.csv",
            "27: three money-market-fund conversion lines move no cash and are skipped",
            "csv/dutch-banks-ofxstatement/NL99INGB9999999999_25-11-2019_30-05-2020.csv",
            "0: a list of daily balances, not transactions — refused with 422",
            "csv/dutch-banks-ofxstatement/icscards-2025-03.txt",
            "0: text extracted from a PDF, not a table — refused with 422");

    private static final Map<String, int[]> TABLE = new TreeMap<>();

    @TestFactory
    List<DynamicTest> everyCorpusFileImportsWithItsTransactionCount() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Api user = Api.signedInUser();
        for (String[] entry : readmeEntries()) {
            String file = entry[0];
            int expected = Integer.parseInt(entry[1]);
            String format = file.substring(0, file.indexOf('/'));
            if (READ.stream().noneMatch(file::startsWith)) {
                TABLE.computeIfAbsent(format + " (not read yet)", k -> new int[2])[0]++;
                continue;
            }
            tests.add(DynamicTest.dynamicTest(file, () -> {
                TABLE.computeIfAbsent(format, k -> new int[2])[0]++;
                importOne(user, file, expected);
                TABLE.get(format)[1]++;
            }));
        }
        return tests;
    }

    private static void importOne(Api user, String file, int readmeCount) throws IOException {
        byte[] content = Files.readAllBytes(FileImportIT.corpus(file));
        String name = Path.of(file).getFileName().toString();
        int expected = EXCEPTIONS.containsKey(file)
                ? Integer.parseInt(EXCEPTIONS.get(file).replaceAll("^(\\d+):.*", "$1"))
                : readmeCount;
        if (expected == 0) {
            var refused = user.upload("/api/v1/imports", name, content, Map.of());
            assertThat(refused.statusCode()).as(file + ": " + refused.body()).isIn(415, 422);
            return;
        }
        JsonNode first = FileImportIT.importAndWait(user, name, content);
        assertThat(first.path("status").asText()).as(file + ": " + first).isEqualTo("COMPLETED");
        assertThat(first.path("imported").asInt() + first.path("duplicates").asInt())
                .as(file + ": " + first)
                .isEqualTo(expected);
        assertThat(first.path("rejected").asInt())
                .as(file + ": " + first.path("errors"))
                .isZero();

        JsonNode again = FileImportIT.importAndWait(user, name, content);
        assertThat(again.path("imported").asInt())
                .as(file + ": the second import adds nothing")
                .isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(expected);
    }

    @AfterAll
    static void printTable() {
        System.out.println("\nCorpus import through the API");
        System.out.printf("%-32s %6s %7s%n", "format", "files", "passed");
        TABLE.forEach((format, counts) -> System.out.printf("%-32s %6d %7d%n", format, counts[0], counts[1]));
    }

    /** "12" → 12; "3 Ntry / 4 TxDtls" → 3 entries; "2 booked + 1 pending" → 3 rows. */
    static int transactions(String cell) {
        java.util.regex.Matcher numbers =
                java.util.regex.Pattern.compile("\\d+").matcher(cell);
        if (!numbers.find()) {
            return 0;
        }
        int first = Integer.parseInt(numbers.group());
        return cell.contains("booked") && numbers.find() ? first + Integer.parseInt(numbers.group()) : first;
    }

    /** [file, tx] for every input file of the README's table. */
    static List<String[]> readmeEntries() throws IOException {
        List<String[]> entries = new ArrayList<>();
        Path root = Path.of(SystemUnderTest.property("it.corpus"));
        for (String line : Files.readAllLines(root.resolve("README.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length < 11 || !cells[1].strip().matches("\\d+")) {
                continue;
            }
            String file = cells[2].strip().replaceAll("`", "").replaceAll("\\s*\\(\\d+ B\\)$", "");
            entries.add(new String[] {file, String.valueOf(transactions(cells[9].strip()))});
        }
        return entries;
    }
}
