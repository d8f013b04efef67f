package org.tributary.syncing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.tributary.syncing.control.AccountFetcher;
import org.tributary.syncing.control.SimpleFinFetcher;

/** The SimpleFIN worker on {@code etl-simplefin-auth-data} ({@link BankSyncWorker}). */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/etl-simplefin-auth-data"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class SimpleFinSyncWorker extends BankSyncWorker {

    @Inject
    SimpleFinFetcher fetcher;

    @Override
    AccountFetcher fetcher() {
        return fetcher;
    }
}
