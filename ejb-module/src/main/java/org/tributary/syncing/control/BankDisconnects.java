package org.tributary.syncing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.sources.control.SourceRemoval;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.sources.entity.SourceKind;

/**
 * Disconnecting a bank: the consent is withdrawn at the provider (when no other connection of the person still
 * uses it: one consent covers several accounts), then the connection is removed with its transactions, or becomes a
 * file source of its account that keeps them. A provider that does not answer does not keep the person connected:
 * the access is forgotten here either way, and the consent ends at the bank by itself.
 */
@Stateless
public class BankDisconnects {

    private static final Logger LOG = Logger.getLogger(BankDisconnects.class.getName());

    @Inject
    Sources sources;

    @Inject
    SourceRemoval removal;

    @Inject
    GoCardlessApi goCardless;

    @Inject
    BerlinGroupApi berlinGroup;

    /** Whether the source is a bank connection (whose removal withdraws a consent). */
    public boolean isConnection(UUID userId, UUID sourceId) {
        return sources.find(userId, sourceId).getKind() == SourceKind.BANK_API;
    }

    /** Disconnects and removes the connection with its transactions. */
    public void remove(UUID userId, UUID sourceId) {
        withdraw(sources.find(userId, sourceId));
        removal.remove(userId, sourceId);
    }

    /** Disconnects; the transactions stay, in a file source of the account. */
    public Source keepTransactions(UUID userId, UUID sourceId) {
        Source source = sources.find(userId, sourceId);
        if (source.getKind() != SourceKind.BANK_API) {
            throw new InvalidInputException("keepTransactions", "Only a bank connection is disconnected.");
        }
        withdraw(source);
        source.disconnected();
        return source;
    }

    private void withdraw(Source source) {
        BankProvider provider = BankProvider.of(source.getProvider()).orElse(BankProvider.SIMPLEFIN);
        if (!provider.consentsAtBank() || source.getCredentials() == null) {
            return; // SimpleFIN: the person revokes the app at their bridge
        }
        String consent = consentOf(provider, source.getCredentials());
        boolean shared = sources.list(source.getUserId()).stream()
                .filter(other -> !other.getId().equals(source.getId()))
                .filter(other ->
                        other.getKind() == SourceKind.BANK_API && provider.id().equals(other.getProvider()))
                .anyMatch(other ->
                        other.getCredentials() != null && consent.equals(consentOf(provider, other.getCredentials())));
        if (shared) {
            return;
        }
        try {
            Credentials access = Credentials.of(source.getCredentials());
            if (provider == BankProvider.GOCARDLESS) {
                goCardless.deleteRequisition(access.text("requisitionId"));
            } else {
                berlinGroup
                        .find(access.text("bank"))
                        .ifPresent(bank -> berlinGroup.deleteConsent(bank, access.text("consentId")));
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "the consent of source " + source.getId() + " was not withdrawn at "
                    + provider.displayName() + ": " + e.getMessage());
        }
    }

    private static String consentOf(BankProvider provider, String credentials) {
        try {
            Credentials access = Credentials.of(credentials);
            return provider == BankProvider.GOCARDLESS ? access.text("requisitionId") : access.text("consentId");
        } catch (ReconnectNeededException unreadable) {
            return "";
        }
    }
}
