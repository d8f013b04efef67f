package org.tributary.syncing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.Optional;
import java.util.logging.Logger;
import org.tributary.syncing.control.BankUnavailableException;
import org.tributary.syncing.control.SimpleFinBridge;
import org.tributary.syncing.control.SyncRequest;
import org.tributary.syncing.control.SyncSteps;

/**
 * The SimpleFIN worker on {@code etl-simplefin-auth-data}: asks the bridge for the connection's transactions since
 * a little before its last booked day and hands the Account Set, exactly as received, to the import pipeline. A
 * bank that fails (after the bridge's retries) fails the sync with its reason on the connection; a crash between
 * the steps is redelivered, and a redelivery of a sync already received asks nothing again.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/etl-simplefin-auth-data"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class SimpleFinSyncWorker implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SimpleFinSyncWorker.class.getName());

    @Inject
    SyncSteps steps;

    @Inject
    SimpleFinBridge bridge;

    @Override
    public void onMessage(Message message) {
        SyncRequest request = SyncRequest.parse(textOf(message));
        Optional<SyncSteps.Ask> ask = steps.ask(request);
        if (ask.isEmpty()) {
            return;
        }
        try {
            byte[] accountSet =
                    bridge.accountSet(ask.get().accessUrl(), ask.get().since());
            steps.received(request, accountSet);
        } catch (RuntimeException e) {
            RuntimeException why = unwrapped(e);
            LOG.info(() -> "sync of source " + request.sourceId() + " failed: " + why.getMessage());
            steps.failed(request, why);
        }
    }

    private static RuntimeException unwrapped(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return new BankUnavailableException("SimpleFIN did not answer in time");
        }
        if (cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
            return new BankUnavailableException("SimpleFIN failed repeatedly; syncs wait a minute before asking again");
        }
        if (cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException) {
            return new BankUnavailableException("too many syncs at once; try again in a minute");
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }

    private static String textOf(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            return null;
        }
    }
}
