package org.tributary.importing.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.tributary.importing.control.json.BankJsonStatementReader;
import org.tributary.importing.control.norma43.Norma43StatementReader;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** The kinds of statement file we know, told apart by their first bytes rather than by the file name. */
public enum StatementFormat {
    CSV,
    OFX,
    QIF,
    CAMT053,
    MT940,
    NORMA43,
    JSON;

    private static final int SNIFF_BYTES = 4096;

    public static Optional<StatementFormat> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace(".", "");
        for (StatementFormat format : values()) {
            if (format.name().equals(key)) {
                return Optional.of(format);
            }
        }
        return switch (key) {
            case "QFX", "QBO" -> Optional.of(OFX);
            case "CAMT", "CAMT052", "CAMT054" -> Optional.of(CAMT053);
            case "MT942", "STA", "SWIFT" -> Optional.of(MT940);
            case "N43", "CSB43", "AEB43" -> Optional.of(NORMA43);
            case "BANKJSON" -> Optional.of(JSON);
            case "TSV", "TXT" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /**
     * The declared format, else the one the bytes show.
     *
     * @throws UnreadableStatementException for an empty file
     * @throws UnsupportedFormatException for anything that is not a statement format we read
     */
    public static StatementFormat detect(String declared, byte[] content) {
        if (content.length == 0) {
            throw UnreadableStatementException.emptyFile();
        }
        return named(declared)
                .or(() -> sniff(content))
                .orElseThrow(() -> new UnsupportedFormatException(
                        "This is not a bank statement we can read: not CSV, OFX/QFX/QBO, QIF, CAMT.052/053/054, MT940/942 or"
                                + " Norma 43."));
    }

    /** @return the format, or empty when the bytes are not text we can read as a statement */
    public static Optional<StatementFormat> sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        String upper = head.toUpperCase(Locale.ROOT);
        if (upper.contains("OFXHEADER") || upper.contains("<OFX>")) {
            return Optional.of(OFX);
        }
        if (upper.contains("CAMT.05") && upper.stripLeading().startsWith("<") || upper.contains("<BKTOCSTMR")) {
            return Optional.of(CAMT053);
        }
        if (upper.contains("!TYPE:") || upper.startsWith("!ACCOUNT")) {
            return Optional.of(QIF);
        }
        if (head.contains(":20:") && (head.contains(":61:") || head.contains(":60F:") || head.contains(":25:"))
                || head.matches("(?s)\\s*:61:\\d{6}.*")) {
            return Optional.of(MT940);
        }
        if (BankJsonStatementReader.looksLikeBankJson(content)) {
            return Optional.of(JSON);
        }
        if (Norma43StatementReader.looksLikeNorma43(head)) {
            return Optional.of(NORMA43);
        }
        return looksLikeText(content) ? Optional.of(CSV) : Optional.empty();
    }

    private static boolean looksLikeText(byte[] content) {
        int length = Math.min(content.length, SNIFF_BYTES);
        if (length == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20) {
                control++;
            }
        }
        return control * 100 <= length; // a stray NUL at the end of a QBO export is fine, binary is not
    }
}
