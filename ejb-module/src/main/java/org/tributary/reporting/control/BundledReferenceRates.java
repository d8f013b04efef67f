package org.tributary.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Loads the ECB's reference rates bundled with the application ({@value #BUNDLE}, the ECB's
 * {@code eurofxref-hist.zip} as published on {@link #NEWEST}) when the database does not hold them yet, so
 * that reports convert without reaching the ECB (an offline demo, the tests). Run before anything reads a
 * report; two nodes starting at once both insert the same rows, which "on conflict do nothing" makes one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class BundledReferenceRates {

    static final String BUNDLE = "eurofxref-hist.zip";
    /** The newest day of the bundle: a new bundle changes it (BundledReferenceRatesTest checks). */
    static final LocalDate NEWEST = LocalDate.of(2026, 4, 13);

    private static final Logger LOG = Logger.getLogger(BundledReferenceRates.class.getName());

    @Inject
    ReferenceRates rates;

    @PostConstruct
    void load() {
        if (rates.holds(NEWEST)) {
            return;
        }
        try (InputStream bundle = open()) {
            int stored = rates.store(bundle);
            LOG.info(() -> "Loaded " + stored + " ECB reference rates up to " + NEWEST + " from the bundle");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled ECB rates", e);
        }
    }

    static InputStream open() {
        InputStream bundle = BundledReferenceRates.class.getResourceAsStream(BUNDLE);
        if (bundle == null) {
            throw new IllegalStateException("the bundled ECB rates " + BUNDLE + " are missing from the build");
        }
        return bundle;
    }
}
