package org.tributary.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No secret has a production default (decision 42): outside the {@code dev} profile the application refuses
 * to start, before it touches the database, unless the secrets that the server configuration could otherwise
 * fill with a local-only value are set. {@code bin/run} and {@code bin/test} set dev values through
 * {@code bin/dev-secrets}.
 */
@Singleton
@Startup
public class RequiredSecrets {

    private static final Logger LOG = Logger.getLogger(RequiredSecrets.class.getName());

    /** Each as the environment variable people set; MicroProfile Config reads it by its property name. */
    static final List<String> REQUIRED = List.of("TRIBUTARY_DB_PASSWORD", "TRIBUTARY_TLS_KEYSTORE_PASSWORD");

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig(RequiredSecrets.class.getClassLoader());
        String profile =
                config.getOptionalValue("tributary.profile", String.class).orElse("prod");
        List<String> missing = missing(
                profile,
                name -> config.getOptionalValue(propertyOf(name), String.class)
                        .filter(value -> !value.isBlank())
                        .isPresent());
        if (!missing.isEmpty()) {
            String message = refusal(missing);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    static List<String> missing(String profile, Predicate<String> isSet) {
        if ("dev".equals(profile)) {
            return List.of();
        }
        return REQUIRED.stream().filter(isSet.negate()).toList();
    }

    static String refusal(List<String> missing) {
        return "Tributary refuses to start: " + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not set, and no secret has a production default. Set them (README, Configuration),"
                + " or TRIBUTARY_PROFILE=dev on a machine of your own (bin/dev-secrets makes local values).";
    }

    private static String propertyOf(String variable) {
        return variable.toLowerCase().replace('_', '.');
    }
}
