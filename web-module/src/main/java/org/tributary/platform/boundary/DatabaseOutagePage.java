package org.tributary.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.tributary.platform.control.DatabaseOutage;

/**
 * A portal page asked for while the database is out of reach gets 503 with {@code Retry-After} and a page saying
 * so in the person's language, as the API does (decision 55), instead of the container's "something went wrong".
 * The page is written here, without the template or any bean, for those may need the database too. An AJAX request
 * is sent to load its page again, which then shows this. First in the chain (web.xml), so it also covers the
 * session check of {@code PortalGuard}.
 */
public class DatabaseOutagePage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutagePage.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "database out of reach: " + request.getRequestURI() + ": " + e);
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        String again = MarkupText.escaped(request.getRequestURI());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + again
                            + "\"/></partial-response>");
            return;
        }
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            again = MarkupText.escaped(request.getRequestURI() + "?" + request.getQueryString());
        }
        Locale language = PortalLanguage.choose(Optional.empty(), request);
        ResourceBundle words = ResourceBundle.getBundle(PortalLanguage.WORDS, language);
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + MarkupText.escaped(words.getString("error.database.title")) + " · Tributary</title><style>"
                        + "body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
                        + "color:#1b1f24}a{display:inline-block;padding:.6rem 1.2rem;background:#0b5cad;color:#fff;"
                        + "border-radius:.4rem;text-decoration:none}</style></head><body><main id=\"database-away\"><h1>"
                        + MarkupText.escaped(words.getString("error.database.title")) + "</h1><p class=\"lead\">"
                        + MarkupText.escaped(words.getString("error.database.lead"))
                        + "</p><p><a id=\"try-again\" href=\"" + again
                        + "\">" + MarkupText.escaped(words.getString("error.database.again"))
                        + "</a></p></main></body></html>\n");
    }
}
