package org.tributary.asking.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.tributary.asking.control.Answer;
import org.tributary.asking.control.Asking;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/**
 * A question about the signed-in person's money in plain words, answered from their own figures with the reports
 * and transactions behind the answer (API.md, "Analysis"); in the account's language, else the browser's.
 */
@Path("/ask")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AskResource {

    /** from, to: the period the asking page shows, used when the question names none. */
    public record AskRequest(String question, LocalDate from, LocalDate to) {}

    @Inject
    Asking asking;

    @Inject
    CurrentUser user;

    @Inject
    PortalLanguage language;

    @POST
    public Answer ask(AskRequest request) {
        if (request == null) {
            throw new InvalidInputException("question", "Ask a question, such as: how much did I spend last month?");
        }
        return asking.ask(user.id(), request.question(), request.from(), request.to(), language.of(user.id()));
    }
}
