package org.tributary.categorising.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.categorising.control.Recategorisation;
import org.tributary.categorising.control.Rules;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** The rules the user taught by correcting categories: listed, and undone one by one. */
@Path("/rules")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    public record Undone(int recategorised) {}

    @Inject
    Rules rules;

    @Inject
    Recategorisation recategorisation;

    @Inject
    AnalyticsLoader analytics;

    @Inject
    CurrentUser user;

    @GET
    public List<Rules.Rule> list() {
        return rules.list(user.id());
    }

    /** Forgets the rule; the transactions it categorised go back through the other layers. */
    @DELETE
    @Path("/{id}")
    public Undone undo(@PathParam("id") UUID id) {
        int recategorised = recategorisation.undoRule(user.id(), id);
        analytics.loadAllStale();
        return new Undone(recategorised);
    }
}
