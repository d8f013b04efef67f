package org.tributary.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    private static final String URI =
            "otpauth://totp/Tributary:anna%40example.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                    + "&issuer=Tributary&algorithm=SHA1&digits=6&period=30";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");

    @Test
    void theDrawnModulesDecodeToExactlyTheText() throws Exception {
        String svg = QrCodeSvg.of(URI, "QR code for your authenticator app");

        assertThat(new QRCodeReader().decode(rasterised(svg, 4)).getText()).isEqualTo(URI);
    }

    @Test
    void itIsAnImageWithANameAndAQuietZoneSizedForAPhone() {
        String svg = QrCodeSvg.of(URI, "QR \"code\" <for> you & me");

        assertThat(svg)
                .startsWith("<svg ")
                .contains("role=\"img\"", "aria-label=\"QR &quot;code&quot; &lt;for&gt; you &amp; me\"")
                .doesNotContain("<script");
        Matcher size = VIEW_BOX.matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        assertThat(svg).contains("width=\"" + modules * QrCodeSvg.PIXELS_PER_MODULE + "\"");
        assertThat(modules * QrCodeSvg.PIXELS_PER_MODULE)
                .as("fits a 360 px phone's content column at full size")
                .isLessThanOrEqualTo(300);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            assertThat(Integer.parseInt(run.group(1))).isBetween(4, modules - 5);
            assertThat(Integer.parseInt(run.group(2))).isBetween(4, modules - 5);
        }
    }

    /** Paints the path's rectangles, {@code scale} pixels a module, black on white. */
    private static BinaryBitmap rasterised(String svg, int scale) {
        Matcher size = VIEW_BOX.matcher(svg);
        assertThat(size.find()).isTrue();
        int pixels = Integer.parseInt(size.group(1)) * scale;
        int[] argb = new int[pixels * pixels];
        Arrays.fill(argb, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int row = y * scale; row < (y + 1) * scale; row++) {
                Arrays.fill(argb, row * pixels + x * scale, row * pixels + (x + length) * scale, 0xFF000000);
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, argb)));
    }
}
