package org.tributary.asking.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.asking.control.Answer;
import org.tributary.asking.control.Asking;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.SignedInUser;

/**
 * The Ask page: a question in the person's words, its answer with links to the payments behind it, and the
 * questions asked so far in this browser session (newest first).
 */
@Named
@ViewScoped
public class AskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int LINKED_PAYMENTS = 5;

    /** A link under an answer: its words (a message key and its argument) and where it goes in the app. */
    public record Link(String key, String argument, String href) implements Serializable {}

    /** A question asked and its answer. */
    public record Asked(String question, String answer, List<Link> links) implements Serializable {}

    @Inject
    transient Asking asking;

    @Inject
    transient SignedInUser user;

    @Inject
    transient PortalLanguage language;

    @Inject
    AskHistory history;

    private String question;

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public List<Asked> getAsked() {
        return history.of(user.id());
    }

    public Asked getLatest() {
        List<Asked> asked = getAsked();
        return asked.isEmpty() ? null : asked.get(0);
    }

    public List<Asked> getEarlier() {
        List<Asked> asked = getAsked();
        return asked.size() <= 1 ? List.of() : asked.subList(1, asked.size());
    }

    public void ask() {
        try {
            Answer answer = asking.ask(user.id(), question, null, null, language.getLocale());
            history.add(user.id(), new Asked(question.strip(), answer.answer(), links(answer)));
            question = null;
        } catch (InvalidInputException e) {
            PageMessages.error("ask-form:question", PageMessages.text("ask.empty"));
        }
    }

    public void ask(String suggested) {
        question = suggested;
        ask();
    }

    private static List<Link> links(Answer answer) {
        List<Link> links = new ArrayList<>();
        for (Answer.Source source : answer.sources()) {
            switch (source.report()) {
                case "recurring" -> links.add(new Link("ask.toRecurring", "", "/app/recurring.xhtml"));
                case "largest" -> {
                    for (UUID id : source.transactionIds().stream()
                            .limit(LINKED_PAYMENTS)
                            .toList()) {
                        links.add(new Link("ask.payment", id.toString(), "/app/transactions.xhtml?id=" + id));
                    }
                }
                case "growth", "new-merchants" -> links.add(new Link("ask.toReports", "", "/app/reports.xhtml"));
                default -> {
                    if (!source.transactionIds().isEmpty()) {
                        links.add(new Link("ask.payments", period(source), transactions(source.parameters())));
                    }
                }
            }
        }
        return links;
    }

    private static String period(Answer.Source source) {
        return source.parameters().get("from") + " – " + source.parameters().get("to");
    }

    /** The transaction list filtered as the source was: its period, category, and a merchant's name as text. */
    private static String transactions(Map<String, Object> parameters) {
        StringBuilder href = new StringBuilder("/app/transactions.xhtml?from=")
                .append(parameters.get("from"))
                .append("&to=")
                .append(parameters.get("to"));
        if (parameters.get("category") instanceof String category) {
            href.append("&category=").append(URLEncoder.encode(category, StandardCharsets.UTF_8));
        }
        if (parameters.get("type") instanceof String type) {
            href.append("&type=").append(type);
        }
        if (parameters.get("merchants") instanceof List<?> merchants && merchants.size() == 1) {
            href.append("&q=").append(URLEncoder.encode(merchants.get(0).toString(), StandardCharsets.UTF_8));
        }
        return href.toString();
    }
}
