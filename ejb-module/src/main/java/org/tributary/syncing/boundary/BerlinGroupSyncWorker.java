package org.tributary.syncing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.tributary.syncing.control.AccountFetcher;
import org.tributary.syncing.control.BerlinGroupFetcher;

/** The Berlin Group worker on {@code etl-berlingroup-auth-data} ({@link BankSyncWorker}). */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/etl-berlingroup-auth-data"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class BerlinGroupSyncWorker extends BankSyncWorker {

    @Inject
    BerlinGroupFetcher fetcher;

    @Override
    AccountFetcher fetcher() {
        return fetcher;
    }
}
