package org.tributary.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker accepts a session and the ETL queue can be browsed. */
@Readiness
@ApplicationScoped
public class MessagingCheck implements HealthCheck {

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/etl-file")
    Queue etlFile;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(etlFile)) {
            browser.getEnumeration();
            return HealthCheckResponse.named("messaging").up().build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return HealthChecks.down("messaging", e);
        }
    }
}
