package org.tributary.syncing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** The banks a person can connect, from every provider this server is set up for. */
@ApplicationScoped
public class BankCatalogue {

    private static final Logger LOG = Logger.getLogger(BankCatalogue.class.getName());

    /** A bank to connect; {@code institutionId} goes back in {@code POST /sources}. */
    public record Bank(String provider, String institutionId, String name, String country, String logo) {}

    private static final Bank SIMPLEFIN_BRIDGE =
            new Bank(BankProvider.SIMPLEFIN.id(), "simplefin-bridge", "SimpleFIN Bridge", "US", null);

    @Inject
    GoCardlessApi goCardless;

    @Inject
    BerlinGroupApi berlinGroup;

    /** Whether this server is set up to connect banks through the provider. */
    public boolean offers(BankProvider provider) {
        return switch (provider) {
            case SIMPLEFIN -> true;
            case GOCARDLESS -> goCardless.configured();
            case BERLINGROUP -> !berlinGroup.banks().isEmpty();
        };
    }

    /**
     * @param provider one provider's banks only, or null
     * @param country the banks of a country (ISO 3166 alpha-2), or null for all; GoCardless lists thousands, so its
     *     banks are listed only for a country or when asked for by provider
     */
    public List<Bank> banks(String provider, String country) {
        String wantedCountry =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        String wantedProvider =
                provider == null || provider.isBlank() ? null : provider.strip().toLowerCase(Locale.ROOT);
        List<Bank> banks = new ArrayList<>();
        if (wants(wantedProvider, BankProvider.SIMPLEFIN)) {
            banks.add(SIMPLEFIN_BRIDGE);
        }
        if (wants(wantedProvider, BankProvider.BERLINGROUP)) {
            berlinGroup
                    .banks()
                    .forEach(b ->
                            banks.add(new Bank(BankProvider.BERLINGROUP.id(), b.id(), b.name(), b.country(), null)));
        }
        if (wants(wantedProvider, BankProvider.GOCARDLESS)
                && goCardless.configured()
                && (wantedCountry != null || wantedProvider != null)) {
            try {
                for (GoCardlessApi.Institution institution : goCardless.institutions(wantedCountry)) {
                    banks.add(new Bank(
                            BankProvider.GOCARDLESS.id(),
                            institution.id(),
                            institution.name(),
                            wantedCountry != null || institution.countries().isEmpty()
                                    ? wantedCountry
                                    : institution.countries().get(0),
                            institution.logo()));
                }
            } catch (BankUnavailableException | FaultToleranceException e) {
                LOG.warning(() -> "GoCardless's banks are not listed: " + e.getMessage());
            }
        }
        return banks.stream()
                .filter(b -> wantedCountry == null || wantedCountry.equals(b.country()))
                .sorted(Comparator.comparing(Bank::provider).thenComparing(Bank::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static boolean wants(String wanted, BankProvider provider) {
        return wanted == null || wanted.equals(provider.id());
    }
}
