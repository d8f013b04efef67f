package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.management;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figures an operator scrapes from {@code /prometheus} on the management interface move with what people
 * do: imports and their rows, failed sign-ins, report latency in buckets, and the depth of every queue and the
 * DLQ. Other tests run beside this one on the same server, so counts are checked to grow by at least as much.
 */
public class MetricsIT {

    private static final int ROWS = 12;

    @Test
    void importsSignInFailuresAndReportLatencyAreCounted() {
        String before = scrape();
        Api user = Api.signedInUser();

        user.importCompleted("metrics.csv", statement().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> wrong = Api.http()
                .post(
                        "/api/v1/auth/sign-in",
                        Api.credentials("nobody-" + UUID.randomUUID() + "@example.test", "a wrong password"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(user.get("/api/v1/reports/by-category").statusCode()).isEqualTo(200);

        String after = scrape();
        assertThat(value(after, "tributary_imports_total", "format=\"csv\"", "outcome=\"completed\""))
                .isGreaterThanOrEqualTo(
                        value(before, "tributary_imports_total", "format=\"csv\"", "outcome=\"completed\"") + 1);
        assertThat(value(after, "tributary_imported_rows_total", "format=\"csv\""))
                .isGreaterThanOrEqualTo(value(before, "tributary_imported_rows_total", "format=\"csv\"") + ROWS);
        assertThat(value(after, "tributary_import_duration_seconds_count", "outcome=\"completed\""))
                .isGreaterThanOrEqualTo(
                        value(before, "tributary_import_duration_seconds_count", "outcome=\"completed\"") + 1);
        assertThat(value(after, "tributary_account_events_total", "kind=\"sign_in_failed\""))
                .isGreaterThanOrEqualTo(value(before, "tributary_account_events_total", "kind=\"sign_in_failed\"") + 1);
        assertThat(value(after, "tributary_account_events_total", "kind=\"sign_up\""))
                .isGreaterThanOrEqualTo(value(before, "tributary_account_events_total", "kind=\"sign_up\"") + 1);

        // Latency: a summary per report, and cumulative buckets up to +Inf for histogram_quantile.
        assertThat(value(after, "tributary_report_duration_seconds_count", "report=\"byCategory\""))
                .isGreaterThanOrEqualTo(
                        value(before, "tributary_report_duration_seconds_count", "report=\"byCategory\"") + 1);
        double all = value(after, "tributary_report_answered_total", "report=\"byCategory\"", "le=\"+Inf\"");
        assertThat(all)
                .isGreaterThanOrEqualTo(
                        value(before, "tributary_report_answered_total", "report=\"byCategory\"", "le=\"+Inf\"") + 1);
        double withinASecond = value(after, "tributary_report_answered_total", "report=\"byCategory\"", "le=\"1.0\"");
        double withinAQuarter =
                value(after, "tributary_report_answered_total", "report=\"byCategory\"", "le=\"0.025\"");
        assertThat(withinAQuarter).isLessThanOrEqualTo(withinASecond);
        assertThat(withinASecond).isLessThanOrEqualTo(all);
    }

    @Test
    void everyQueueAndTheDeadLetterQueueHaveTheirDepth() {
        String figures = scrape();
        for (String queue : new String[] {"etl-file", "etl-draft", "ml-categorise", "ml-analyse", "DLQ"}) {
            assertThat(figures)
                    .as(queue)
                    .containsPattern("(?m)^messaging_activemq_message_count\\{[^}]*name=\"" + Pattern.quote(queue)
                            + "\"[^}]*type=\"jms-queue\"[^}]*} [0-9.E]+$");
        }
    }

    /** Everything /prometheus serves now. */
    public static String scrape() {
        HttpResponse<String> response = management("/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sample of the named series whose labels include all the given ones; 0 when there is none yet. */
    public static double value(String figures, String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} ([0-9.E+-]+)$")
                .matcher(figures);
        while (line.find()) {
            String found = line.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    private static String statement() {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.format("2024-05-%02d,Metrics bakery %s #%d,-%d.50%n", i, UUID.randomUUID(), i, i));
        }
        return csv.toString();
    }
}
