package org.tributary.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.tributary.accounts.control.Accounts;
import org.tributary.security.boundary.SignedInUser;

/**
 * A page asked for with {@code ?lang=ru} (the language links in every page's header) remembers the choice —
 * in the signed-in person's account, as {@code PATCH /api/v1/me} would, so their other browsers follow, and
 * in a cookie for this browser's pages before signing in — and shows the page again without the parameter.
 * Plain links: no script, no session.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET's query string: asking a POST for a parameter would parse its whole body (decision 40).
        String wanted = "GET".equals(request.getMethod()) ? request.getParameter(PortalLanguage.COOKIE) : null;
        if (wanted != null) {
            Optional<Locale> language = PortalLanguage.spoken(wanted);
            if (language.isPresent()) {
                response.addHeader("Set-Cookie", PortalLanguage.cookie(language.get(), request.isSecure()));
                user.ifAny()
                        .ifPresent(id -> accounts.updatePreferences(
                                id, null, language.get().getLanguage()));
            }
            response.sendRedirect(request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
