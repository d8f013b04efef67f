package org.tributary.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransportPolicyTest {

    @Test
    void plainHttpIsRedirectedToHttpsOutsideDev() {
        assertThat(TransportPolicy.httpsRedirect("prod", false, "money.example", 443, "/api/v1/me", "a=1"))
                .hasValue("https://money.example/api/v1/me?a=1");
        assertThat(TransportPolicy.httpsRedirect("prod", false, "localhost", 8443, "/", null))
                .hasValue("https://localhost:8443/");
    }

    @Test
    void httpsAndTheDevProfileAreLeftAlone() {
        assertThat(TransportPolicy.httpsRedirect("prod", true, "money.example", 443, "/", null))
                .isEmpty();
        assertThat(TransportPolicy.httpsRedirect("dev", false, "localhost", 8443, "/", null))
                .isEmpty();
    }
}
