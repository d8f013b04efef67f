package org.tributary.categorising.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    /** The same setting the broker's address rule reads (wildfly-config/cli/30-messaging.cli). */
    @Inject
    @ConfigProperty(name = "tributary.jms.max-delivery-attempts", defaultValue = "3")
    int maxDeliveryAttempts;

    @Override
    public void onMessage(Message message) {
        CategorisationRequest request = CategorisationRequest.parse(textOf(message));
        try {
            int changed = uncategorised.categorise(request.userId(), request.importId());
            LOG.fine(() -> "categorised " + changed + " transactions of " + request);
        } catch (RuntimeException e) {
            if (deliveryCount(message) >= maxDeliveryAttempts) { // on its way to the DLQ: the import is done
                uncategorised.done(request.importId());
            }
            throw e;
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }

    private static String textOf(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            throw new CategorisationRequest.Malformed("unreadable message: " + e.getMessage());
        }
    }
}
