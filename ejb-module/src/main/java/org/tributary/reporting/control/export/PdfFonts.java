package org.tributary.reporting.control.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded as subsets into one document: it has Latin, Cyrillic and the €, £ and
 * ₽ signs, which the PDF standard fonts lack. The font files ship in the jar (their licence beside them) so
 * that no export depends on the fonts of the server it runs on.
 */
final class PdfFonts implements AutoCloseable {

    private static final String DIRECTORY = "/org/tributary/reporting/fonts/";

    final PDType0Font regular;
    final PDType0Font bold;
    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final CmapLookup characters;

    PdfFonts(PDDocument document) throws IOException {
        regularFile = parse(FontFiles.REGULAR);
        boldFile = parse(FontFiles.BOLD);
        regular = PDType0Font.load(document, regularFile, true);
        bold = PDType0Font.load(document, boldFile, true);
        characters = regularFile.getUnicodeCmapLookup();
    }

    /** @return the text on one line (any run of white space as one space), characters the font lacks as "?" */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                if (printable.isEmpty() || printable.charAt(printable.length() - 1) != ' ') {
                    printable.append(' ');
                }
            } else if (characters.getGlyphId(c) == 0) {
                printable.append('?');
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }

    static float width(PDType0Font font, float size, String printable) throws IOException {
        return font.getStringWidth(printable) / 1000 * size;
    }

    /** @return the printable text, cut with an ellipsis where it is wider than the room */
    String fit(PDType0Font font, float size, String text, float room) throws IOException {
        String printable = printable(text);
        if (width(font, size, printable) <= room) {
            return printable;
        }
        float full = width(font, size, printable);
        int end = Math.min(printable.length(), (int) (printable.length() * room / full) + 1);
        if (end < printable.length() && Character.isLowSurrogate(printable.charAt(end))) {
            end++;
        }
        while (end > 0 && width(font, size, printable.substring(0, end) + "…") > room) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return end == 0 ? "" : printable.substring(0, end) + "…";
    }

    @Override
    public void close() throws IOException {
        regularFile.close();
        boldFile.close();
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    /** The font files, read from the jar once. */
    private static final class FontFiles {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

        private static byte[] read(String name) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the jar: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
