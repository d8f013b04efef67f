package org.tributary.reporting.control.export;

/** The colours of a chart's series or slices, the same in every format; they repeat after ten. */
final class ChartColors {

    private static final int[] RGB = {
        0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0xB07AA1, 0x9C755F, 0xFF9DA7, 0xBAB0AC, 0xEDC948, 0x76B7B2
    };

    private ChartColors() {}

    /** @return red, green and blue from 0 to 255 */
    static int[] of(int index) {
        int rgb = RGB[index % RGB.length];
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }
}
