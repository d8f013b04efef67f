package org.tributary.analysis.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.analysis.control.Recommendation;
import org.tributary.analysis.control.Recommendations;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/**
 * Advice from the signed-in person's figures, in the account's language (else the browser's, as the portal), and
 * putting a piece of it away (API.md, "Analysis").
 */
@Path("/recommendations")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationsResource {

    /** Until when to put a recommendation away; no day: for good (until its figures change materially). */
    public record Dismissal(LocalDate until) {}

    @Inject
    Recommendations recommendations;

    @Inject
    CurrentUser user;

    @Inject
    PortalLanguage language;

    @GET
    public List<Recommendation> list() {
        return recommendations.of(user.id(), language.of(user.id()));
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "204",
            description = "Put away until the day, or for good (404: no such recommendation now)")
    public Response dismiss(@PathParam("id") UUID id, Dismissal dismissal) {
        recommendations.dismiss(user.id(), id, dismissal == null ? null : dismissal.until());
        return Response.noContent().build();
    }
}
