package org.tributary.analysis.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tributary.analysis.control.RecurringPayment;
import org.tributary.analysis.control.RecurringPayments;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** What the signed-in person pays regularly (API.md, "Analysis"). */
@Path("/recurring")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class RecurringResource {

    @Inject
    RecurringPayments recurring;

    @Inject
    CurrentUser user;

    @GET
    public List<RecurringPayment> recurring() {
        return recurring.of(user.id());
    }
}
