package org.tributary.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the account endpoints of a protocol do until switched back to {@link #OK}: fail, wait, ask to wait, answer
 * broken JSON, or count a real provider's daily limit ({@link #STRICT}; unlimited otherwise, so tests can sync again
 * and again). The one-shot switches (an expired token, an ended consent) act once and leave the mode {@code ok}.
 */
enum FailureMode {
    OK("ok"),
    ERROR("500"),
    SLOW("slow"),
    RATE_LIMITED("429"),
    MALFORMED("malformed"),
    STRICT("strict");

    private final String switchName;

    FailureMode(String switchName) {
        this.switchName = switchName;
    }

    /** The name {@code POST …/switch?mode=} takes. */
    String switchName() {
        return switchName;
    }

    static Optional<FailureMode> of(String switchName) {
        return Arrays.stream(values())
                .filter(m -> m.switchName.equals(switchName))
                .findFirst();
    }
}
