package org.tributary.syncing.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tributary.syncing.control.AccountFetcher;
import org.tributary.syncing.control.BankUnavailableException;
import org.tributary.syncing.control.SyncRequest;
import org.tributary.syncing.control.SyncSteps;

/**
 * What every provider's worker does with a sync request: asks the bank for the connection's transactions since a
 * little before its last booked day and hands them, with the answers exactly as received, to the import pipeline.
 * A bank that fails (after its client's retries) fails the sync with its reason on the connection; a crash between
 * the steps is redelivered, and a redelivery of a sync already received asks nothing again.
 */
abstract class BankSyncWorker implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BankSyncWorker.class.getName());

    @Inject
    SyncSteps steps;

    /** The provider's client. */
    abstract AccountFetcher fetcher();

    @Override
    public void onMessage(Message message) {
        SyncRequest request = SyncRequest.parse(textOf(message));
        AccountFetcher fetcher = fetcher();
        String provider = fetcher.provider().displayName();
        try {
            Optional<SyncSteps.Ask> ask = steps.ask(request);
            if (ask.isEmpty()) {
                return;
            }
            LocalDate since = ask.get().since();
            steps.received(
                    request, fetcher.provider(), since, fetcher.fetch(ask.get().credentials(), since));
        } catch (RuntimeException e) {
            RuntimeException why = unwrapped(e, provider);
            LOG.info(() -> "sync of source " + request.sourceId() + " failed: " + why.getMessage());
            steps.failed(request, why);
        }
    }

    private static RuntimeException unwrapped(RuntimeException e, String provider) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            return new BankUnavailableException(provider + " did not answer in time");
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return new BankUnavailableException(
                    provider + " failed repeatedly; syncs wait a minute before asking again");
        }
        if (cause instanceof BulkheadException) {
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
