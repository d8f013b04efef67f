package org.tributary.importing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;
import org.tributary.importing.control.ImportJobLauncher;
import org.tributary.importing.control.ImportRequest;
import org.tributary.importing.control.MalformedMessageException;

/**
 * Takes import requests off {@code etl-file} and starts the import job. Every failure is rethrown: the
 * transaction rolls back, the broker redelivers after its delay, and after the configured attempts the
 * message lands in the dead-letter queue.
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

    @Override
    public void onMessage(Message message) {
        ImportRequest request = ImportRequest.parse(textOf(message));
        LOG.fine(() -> "import requested for run " + request.importId());
        launcher.launch(request.importId());
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
}
