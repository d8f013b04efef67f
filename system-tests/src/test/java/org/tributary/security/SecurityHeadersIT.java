package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

class SecurityHeadersIT {

    @Test
    void everyApplicationResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[] {
            Api.http().get("/"),
            Api.http().get("/api/v1/me"),
            Api.signedInUser().get("/api/v1/sources")
        }) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("HSTS only over https")
                    .isEmpty();
        }
    }

    @Test
    void httpsResponsesCarryHsts() {
        assertThat(Api.https().get("/").headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
    }
}
