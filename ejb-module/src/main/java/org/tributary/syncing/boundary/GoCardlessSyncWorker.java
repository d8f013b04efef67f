package org.tributary.syncing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.tributary.syncing.control.AccountFetcher;
import org.tributary.syncing.control.GoCardlessFetcher;

/** The GoCardless worker on {@code etl-gocardless-auth-data} ({@link BankSyncWorker}). */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/etl-gocardless-auth-data"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class GoCardlessSyncWorker extends BankSyncWorker {

    @Inject
    GoCardlessFetcher fetcher;

    @Override
    AccountFetcher fetcher() {
        return fetcher;
    }
}
