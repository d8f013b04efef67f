package org.tributary.syncing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tributary.platform.control.InvalidInputException;

/** Only the configured bridges are ever asked: what a token or a stored access URL says is checked first. */
class SimpleFinBridgeTest {

    private final SimpleFinBridge bridge = new SimpleFinBridge();

    @BeforeEach
    void configure() {
        bridge.bridges = "https://bridge.simplefin.example/simplefin";
        bridge.timeout = Duration.ofSeconds(1);
        bridge.open();
    }

    @Test
    void aSetupTokenPointingElsewhereIsRefusedBeforeAnyRequest() {
        for (String url : new String[] {
            "https://169.254.169.254/simplefin/claim/x",
            "https://bridge.simplefin.example/admin/claim/x",
            "https://bridge.simplefin.example/simplefin/../admin",
            "http://bridge.simplefin.example/simplefin/claim/x",
            "https://bridge.simplefin.example:8443/simplefin/claim/x"
        }) {
            assertThatThrownBy(() -> bridge.claim(token(url)))
                    .as(url)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not from a SimpleFIN Bridge this server uses");
        }
        assertThatThrownBy(() -> bridge.claim("not base64 at all"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a SimpleFIN setup token");
    }

    @Test
    void aStoredAccessUrlIsUsedOnlyUnderABridgeAndWithItsCredentials() {
        LocalDate since = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> bridge.accountSet("https://user:secret@elsewhere.example/simplefin", since))
                .isInstanceOf(ReconnectNeededException.class)
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> bridge.accountSet("https://bridge.simplefin.example/simplefin", since))
                .as("no credentials")
                .isInstanceOf(ReconnectNeededException.class);
    }

    @Test
    void anAccessUrlUnderTheBridgeIsAskedAndAnUnreachableBridgeIsUnavailable() {
        bridge.bridges = "http://127.0.0.1:9/simplefin";
        bridge.open();
        assertThatThrownBy(() -> bridge.accountSet("http://user:secret@127.0.0.1:9/simplefin", LocalDate.now()))
                .isInstanceOf(BankUnavailableException.class)
                .satisfies(
                        e -> assertThat(e.getMessage()).startsWith("SimpleFIN").doesNotContain("secret"));
    }

    private static String token(String url) {
        return Base64.getEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8));
    }
}
