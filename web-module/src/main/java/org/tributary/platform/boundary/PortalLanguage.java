package org.tributary.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the portal's pages: the one the person chose (a cookie set by {@link LanguageSwitch}),
 * else the first of the browser's Accept-Language that the portal speaks, else English (decision 19).
 */
@Named
@RequestScoped
public class PortalLanguage {

    static final String COOKIE = "lang";
    static final List<String> SPOKEN = List.of("en", "ru");

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        return chosen(request).orElseGet(() -> fromBrowser(request));
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && SPOKEN.contains(c.getValue()))
                .map(c -> Locale.forLanguageTag(c.getValue()))
                .findFirst();
    }

    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (SPOKEN.contains(wanted.getLanguage())) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
