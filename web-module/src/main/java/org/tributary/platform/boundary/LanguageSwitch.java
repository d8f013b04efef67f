package org.tributary.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page asked for with {@code ?lang=ru} (the language links in every page's header) remembers the choice
 * in a cookie and shows the page again without the parameter. Plain links: no script, no session.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String wanted = request.getParameter(PortalLanguage.COOKIE);
        if ("GET".equals(request.getMethod()) && wanted != null) {
            if (PortalLanguage.SPOKEN.contains(wanted)) {
                response.addHeader(
                        "Set-Cookie",
                        PortalLanguage.COOKIE + "=" + wanted + "; Path=/; Max-Age=" + ONE_YEAR + "; SameSite=Lax"
                                + (request.isSecure() ? "; Secure" : ""));
            }
            response.sendRedirect(request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
