package org.tributary.categorising.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.tributary.categorising.control.CategorisationRequest;
import org.tributary.categorising.control.UncategorisedTransactions;

/**
 * The categorising worker: takes requests off {@code ml-categorise} and categorises the rows no fast layer
 * knew. Every failure is rethrown, so the broker redelivers after its delay and, after the configured
 * attempts, moves the message to the dead-letter queue; the rows stay "Uncategorised", never lost.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/ml-categorise"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class CategorisationConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CategorisationConsumer.class.getName());

    @Inject
    UncategorisedTransactions uncategorised;

    @Override
    public void onMessage(Message message) {
        CategorisationRequest request = CategorisationRequest.parse(textOf(message));
        int changed = uncategorised.categorise(request.userId(), request.importId());
        LOG.fine(() -> "categorised " + changed + " transactions of " + request);
    }

    private static String textOf(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            throw new CategorisationRequest.Malformed("unreadable message: " + e.getMessage());
        }
    }
}
