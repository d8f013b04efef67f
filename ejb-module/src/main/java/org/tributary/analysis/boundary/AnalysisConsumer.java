package org.tributary.analysis.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.sql.SQLException;
import org.tributary.analysis.control.Analyses;
import org.tributary.analysis.control.AnalysisRequest;

/**
 * The analyse-worker: takes requests off {@code ml-analyse} and stores the person's regular payments and
 * recommendations. A failure is rethrown, so the broker redelivers after its delay and, after the configured
 * attempts, moves the message to the dead-letter queue; the API then computes on request, as before.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/ml-analyse"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class AnalysisConsumer implements MessageListener {

    @Inject
    Analyses analyses;

    @Override
    public void onMessage(Message message) {
        AnalysisRequest request = AnalysisRequest.parse(textOf(message));
        try {
            analyses.refresh(request);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    private static String textOf(Message message) {
        try {
            return message instanceof TextMessage text ? text.getText() : null;
        } catch (JMSException e) {
            throw new AnalysisRequest.Malformed("unreadable message: " + e.getMessage());
        }
    }
}
