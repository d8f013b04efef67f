package org.tributary.importing.control.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of an export from its bytes: a byte-order mark first, then strict UTF-8, then the
 * single-byte code pages banks still use. Windows-1251 (Cyrillic) is told from the Latin ones because its
 * letters come in runs of high bytes, where Latin accents stand alone inside ASCII words; Windows-1252 is
 * told from ISO-8859-1 by bytes 0x80–0x9F, which are printable only in Windows-1252.
 */
public final class TextDecoder {

    public record Decoded(String text, Charset charset, boolean byteOrderMark) {}

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /**
     * The text of the bytes as a stream, in the encoding {@link #decode} would choose, without building the
     * whole string: what a large file is read with.
     */
    public static Reader reader(byte[] bytes) {
        int start = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            start = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            start = 2;
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = detect(bytes);
        }
        return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), charset);
    }

    /** The encoding {@link #decode} and {@link #reader} read the bytes in. */
    public static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : detect(bytes);
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        Charset charset = detect(bytes);
        return new Decoded(new String(bytes, charset), charset, false);
    }

    static Charset detect(byte[] bytes) {
        if (isStrictUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        int high = 0;
        int highInRuns = 0;
        boolean c1Controls = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                boolean neighbourHigh = (i > 0 && (bytes[i - 1] & 0xFF) >= 0xC0)
                        || (i + 1 < bytes.length && (bytes[i + 1] & 0xFF) >= 0xC0);
                if (b >= 0xC0 && neighbourHigh) {
                    highInRuns++;
                }
                if (b <= 0x9F) {
                    c1Controls = true;
                }
            }
        }
        if (high >= 4 && highInRuns * 10 >= high * 7) {
            return WINDOWS_1251;
        }
        return c1Controls ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
    }

    /** Decoded through a small buffer: a large file's text is never built just to check it. */
    private static boolean isStrictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        return !decoder.flush(out).isError();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
