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
import java.util.UUID;
import org.tributary.accounts.control.Accounts;
import org.tributary.security.boundary.SignedInUser;

/**
 * The language of the portal's pages (decision 19): the one the signed-in person chose for their account,
 * else the one chosen in this browser (a cookie set by {@link LanguageSwitch}), else the first of the
 * browser's Accept-Language that the portal speaks, else English.
 */
@Named
@RequestScoped
public class PortalLanguage {

    static final String COOKIE = "lang";
    static final List<String> SPOKEN = List.of("en", "ru");
    /** The portal's words in those languages (faces-config.xml names it for the pages' {@code msg}). */
    static final String WORDS = "org.tributary.portal.messages";

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    @Inject
    SignedInUser user;

    @Inject
    Accounts accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = choose(user.ifAny().flatMap(id -> accounts.find(id).getLocale()), request);
        }
        return locale;
    }

    /** The language of an API caller (whose token the API, not the servlet request, holds): same rule. */
    public Locale of(UUID userId) {
        return choose(accounts.find(userId).getLocale(), request);
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** The rule of decision 19, given the account's choice (empty when signed out or never chosen). */
    public static Locale choose(Optional<String> account, HttpServletRequest request) {
        return account.flatMap(PortalLanguage::spoken).or(() -> chosen(request)).orElseGet(() -> fromBrowser(request));
    }

    /** The cookie that remembers a language in this browser, for the pages before signing in. */
    public static String cookie(Locale language, boolean secure) {
        return COOKIE + "=" + language.getLanguage() + "; Path=/; Max-Age=" + ONE_YEAR + "; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    /** @return the portal's language for a language tag ("ru-RU" → ru), if the portal speaks it */
    public static Optional<Locale> spoken(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return SPOKEN.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
    }

    static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> spoken(c.getValue()));
    }

    static Locale fromBrowser(HttpServletRequest request) {
        // Without the header the container offers its own default locale, which is not the person's.
        if (request.getHeader("Accept-Language") != null) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                if (SPOKEN.contains(wanted.getLanguage())) {
                    return Locale.forLanguageTag(wanted.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }
}
