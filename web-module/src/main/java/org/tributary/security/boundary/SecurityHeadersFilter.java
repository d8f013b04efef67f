package org.tributary.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every response of the application: the security headers, HSTS over https, and — outside the dev
 * profile — a permanent redirect from http to https.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces needs inline scripts and styles; everything else stays on this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    @ConfigProperty(name = "tributary.profile", defaultValue = "prod")
    String profile;

    @Inject
    @ConfigProperty(name = "tributary.https.port", defaultValue = "8443")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        Optional<String> redirect = TransportPolicy.httpsRedirect(
                profile,
                request.isSecure(),
                request.getServerName(),
                httpsPort,
                request.getRequestURI(),
                request.getQueryString());
        if (redirect.isPresent()) {
            response.setStatus(308);
            response.setHeader("Location", redirect.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
