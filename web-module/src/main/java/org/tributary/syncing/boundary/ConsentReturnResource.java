package org.tributary.syncing.boundary;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.platform.control.NotFoundException;
import org.tributary.syncing.control.BankConsents;
import org.tributary.syncing.control.BankUnavailableException;

/**
 * Where the bank sends the person back after they consented (or did not). Not behind sign-in: the browser comes
 * from the bank's site, so the SameSite=Strict sign-in cookie is not sent; the state the link carries, and the
 * cookie holding the same state in the browser that asked, are the proof. The answer is a small page that moves on
 * to the Accounts page, a same-site navigation on which the sign-in cookie is sent again.
 */
@Path("/bank-consents")
public class ConsentReturnResource {

    private static final Logger LOG = Logger.getLogger(ConsentReturnResource.class.getName());

    @Inject
    BankConsents consents;

    @GET
    @Path("/return/{state}")
    @Produces(MediaType.TEXT_HTML)
    @APIResponse(
            responseCode = "200",
            description = "A page that moves on to the Accounts page (403 without the browser's state cookie, 410 when"
                    + " the link was used already, 502 when the provider did not answer)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response returned(
            @PathParam("state") String state,
            @Context UriInfo uri,
            @Context HttpServletRequest request,
            @CookieParam(ConsentCookie.NAME) String cookie) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        String target;
        int status = 200;
        if (!ConsentCookie.matches(Optional.ofNullable(cookie), state)) {
            target = "/app/sources.xhtml?connect=elsewhere";
            status = 403;
        } else {
            Map<String, String> answer = new HashMap<>();
            for (String key : new String[] {"ref", "error", "refused"}) {
                if (query.getFirst(key) != null) {
                    answer.put(key, query.getFirst(key));
                }
            }
            try {
                BankConsents.Outcome outcome = consents.returned(state, answer);
                target = "/app/sources.xhtml?" + (outcome.problem() == null ? "connected=" : "notConnected=")
                        + outcome.sourceId();
            } catch (NotFoundException used) {
                target = "/app/sources.xhtml?connect=used";
                status = 410;
            } catch (BankUnavailableException | EJBException unavailable) {
                LOG.warning(() -> "a bank's consent could not be completed: " + unavailable);
                target = "/app/sources.xhtml?connect=unavailable";
                status = 502;
            }
        }
        String href = request.getContextPath() + target;
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tributary</title>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"></head><body>"
                + "<p><a href=\"" + href + "\">Back to your accounts</a></p></body></html>";
        return Response.status(status)
                .entity(page)
                .header("Set-Cookie", ConsentCookie.cleared(request.isSecure()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
