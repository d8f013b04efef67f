package org.tributary.importing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.importing.control.ImportFailure;
import org.tributary.importing.control.ImportJobLauncher;
import org.tributary.importing.control.ImportRequest;
import org.tributary.importing.control.ImportRuns;
import org.tributary.importing.control.MalformedMessageException;

/**
 * Takes import requests off {@code etl-file} and starts the import job. Every failure is rethrown: the
 * transaction rolls back, the broker redelivers after its delay, and after the configured attempts the
 * message lands in the dead-letter queue. On the last attempt the run it was for is marked FAILED with the
 * reason first, so a user never waits for a run that no one will process.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/etl-file"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class ImportFileConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ImportFileConsumer.class.getName());

    @Inject
    ImportJobLauncher launcher;

    @Inject
    ImportRuns runs;

    /** The same setting the broker's address rule reads (wildfly-config/cli/30-messaging.cli). */
    @Inject
    @ConfigProperty(name = "tributary.jms.max-delivery-attempts", defaultValue = "3")
    int maxDeliveryAttempts;

    @Override
    public void onMessage(Message message) {
        try {
            ImportRequest request = ImportRequest.parse(textOf(message));
            LOG.fine(() -> "import requested for run " + request.importId());
            launcher.launch(request.importId());
        } catch (RuntimeException e) {
            Optional<UUID> run = runOf(message);
            if (deliveryCount(message) >= maxDeliveryAttempts) {
                run.ifPresent(id -> runs.failIfUnfinished(id, ImportFailure.requestFailed(maxDeliveryAttempts, e)));
            } else {
                run.ifPresent(runs::release);
            }
            throw e;
        }
    }

    private static String textOf(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedMessageException(
                    "expected a text message, got " + message.getClass().getSimpleName());
        }
        try {
            return text.getText();
        } catch (JMSException e) {
            throw new MalformedMessageException("unreadable message: " + e.getMessage());
        }
    }

    private static Optional<UUID> runOf(Message message) {
        try {
            String id = message.getStringProperty(ImportRequest.IMPORT_ID_PROPERTY);
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (JMSException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | NumberFormatException e) {
            return 1;
        }
    }
}
