package org.tributary.importing.control;

import java.util.Arrays;

/**
 * The first lines of an uploaded CSV, enough to recognise its layout and judge its signs without reading all
 * of it: what the upload checks, and what the preview judges the signs on, so that both decide alike.
 */
final class UploadSample {

    static final int BYTES = 64 * 1024;

    private UploadSample() {}

    /** The first {@link #BYTES}, cut at a line end so that no row is read half. */
    static byte[] of(byte[] content) {
        if (content.length <= BYTES) {
            return content;
        }
        int end = BYTES;
        while (end > 0 && content[end - 1] != '\n') {
            end--;
        }
        return end == 0 ? content : Arrays.copyOf(content, end);
    }
}
