package org.tributary.security.boundary;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.tributary.platform.boundary.MarkupText;

/**
 * A QR code as an inline SVG image, drawn on the server with ZXing: no image request, no script, and the
 * browser scales it without blur. One unit of the view box is one module; every row's dark runs are
 * rectangles of one path, on white with the four-module quiet zone the standard asks for.
 */
public final class QrCodeSvg {

    /** Screen pixels per module at full size: a phone camera reads it from arm's length. */
    static final int PIXELS_PER_MODULE = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            4,
            EncodeHintType.CHARACTER_SET,
            "UTF-8");

    private QrCodeSvg() {}

    /** @param label what the image is, for those who cannot see it (its accessible name) */
    public static String of(String text, String label) {
        BitMatrix modules = encode(text);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; ) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < size && modules.get(x + run, y)) {
                    run++;
                }
                path.append('M')
                        .append(x)
                        .append(' ')
                        .append(y)
                        .append('h')
                        .append(run)
                        .append("v1h-")
                        .append(run)
                        .append('z');
                x += run;
            }
        }
        int pixels = size * PIXELS_PER_MODULE;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
                + MarkupText.escaped(label) + "\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + pixels
                + "\" height=\""
                + pixels + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", tooLong);
        }
    }
}
