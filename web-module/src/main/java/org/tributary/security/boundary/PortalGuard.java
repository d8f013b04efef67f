package org.tributary.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The portal's pages under {@code /app/} answer only a signed-in user: one whose access-token cookie
 * MicroProfile JWT has verified and whose session is live, exactly as for the API (decisions 18 and 40). Anyone else is sent to the sign-in
 * page; an AJAX request gets the redirect as a Faces partial response, which PrimeFaces follows. Like
 * {@link TokenRefresher}, a token past half its lifetime is renewed, so an active user stays signed in.
 */
@WebFilter(urlPatterns = "/app/*")
public class PortalGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SIGN_IN = "/sign-in.xhtml";

    @Inject
    SessionGate sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (sessions.live(request).isEmpty()) {
            if (request.getUserPrincipal() instanceof JsonWebToken) {
                // Its session has ended (decision 40): the browser forgets the token.
                response.addHeader("Set-Cookie", AccessTokenCookie.cleared(request.isSecure()));
            }
            redirectToSignIn(request, response);
            return;
        }
        sessions.renewal(request).ifPresent(fresh -> response.addHeader("Set-Cookie", fresh));
        // Pages show one person's money: never from a shared cache, nor from history after signing out.
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }

    private static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + SIGN_IN;
        if ("GET".equals(request.getMethod())) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            target += "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + target.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
