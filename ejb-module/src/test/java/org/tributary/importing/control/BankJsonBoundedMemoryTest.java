package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank JSON is read in memory bounded whatever its size (decision 44): a 10 MB Berlin Group report is read by a
 * JVM of 96 MB of heap, in which the whole-document tree the reader built before did not fit (OutOfMemoryError: it
 * needed 128 MB).
 */
class BankJsonBoundedMemoryTest {

    /** 10.1 MB as {@link #writeBerlinGroupReport} writes them. */
    static final int TRANSACTIONS = 28_000;

    @Test
    void aTenMegabyteBerlinGroupReportIsReadWithinNinetySixMegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        writeBerlinGroupReport(report, TRANSACTIONS);
        assertThat(Files.size(report)).isGreaterThan(10_000_000);

        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx96m",
                        "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        BankJsonReadingProbe.class.getName(),
                        report.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!probe.waitFor(10, TimeUnit.MINUTES)) {
            probe.destroyForcibly();
        }

        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("rows=" + TRANSACTIONS + " errors=0 estimated=" + TRANSACTIONS);
    }

    /**
     * A report as Berlin Group ASPSPs send it, pretty-printed, with the account after the transactions (the key
     * order of a JSON object is the sender's).
     */
    static void writeBerlinGroupReport(Path file, int transactions) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"transactions\": {\n    \"booked\": [\n");
            for (int i = 0; i < transactions; i++) {
                String amount = (i % 7 == 0 ? "" : "-") + (i % 500) + "." + String.format("%02d", i % 100);
                out.write(String.join(
                        "\n",
                        List.of(
                                "      {",
                                "        \"transactionId\": \"TX-" + i + "\",",
                                "        \"bookingDate\": \"2024-" + String.format("%02d", 1 + i % 12) + "-"
                                        + String.format("%02d", 1 + i % 28) + "\",",
                                "        \"valueDate\": \"2024-" + String.format("%02d", 1 + i % 12) + "-"
                                        + String.format("%02d", 1 + i % 28) + "\",",
                                "        \"transactionAmount\": {\"amount\": \"" + amount + "\", \"currency\":"
                                        + " \"EUR\"},",
                                "        \"creditorName\": \"Shop " + (i % 1_000) + "\",",
                                "        \"creditorAccount\": {\"iban\": \"DE89370400440532013"
                                        + String.format("%03d", i % 1_000) + "\"},",
                                "        \"remittanceInformationUnstructured\": \"Card payment " + i + "\"",
                                "      }")));
                out.write(i + 1 < transactions ? ",\n" : "\n");
            }
            out.write("    ],\n    \"pending\": []\n  },\n");
            out.write("  \"account\": {\"iban\": \"DE02120300000000202051\", \"currency\": \"EUR\"}\n}\n");
        }
    }
}
