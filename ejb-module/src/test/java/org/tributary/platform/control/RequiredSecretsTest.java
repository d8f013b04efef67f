package org.tributary.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredSecretsTest {

    @Test
    void outsideDevEveryUnsetSecretIsNamed() {
        assertThat(RequiredSecrets.missing("prod", name -> false))
                .containsExactly("TRIBUTARY_DB_PASSWORD", "TRIBUTARY_TLS_KEYSTORE_PASSWORD");
        assertThat(RequiredSecrets.missing("prod", Set.of("TRIBUTARY_DB_PASSWORD")::contains))
                .containsExactly("TRIBUTARY_TLS_KEYSTORE_PASSWORD");
        assertThat(RequiredSecrets.missing("prod", name -> true)).isEmpty();
    }

    @Test
    void theDevProfileNeedsNone() {
        assertThat(RequiredSecrets.missing("dev", name -> false)).isEmpty();
    }

    @Test
    void theRefusalSaysWhatToSet() {
        assertThat(RequiredSecrets.refusal(java.util.List.of("TRIBUTARY_DB_PASSWORD")))
                .startsWith("Tributary refuses to start: TRIBUTARY_DB_PASSWORD is not set");
    }
}
