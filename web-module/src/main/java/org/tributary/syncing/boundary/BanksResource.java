package org.tributary.syncing.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tributary.security.boundary.SignedIn;
import org.tributary.syncing.control.BankCatalogue;

/**
 * What can be connected: SimpleFIN Bridge (the person picks their banks at the bridge and brings a setup token),
 * the banks GoCardless lists for a country when this server has a GoCardless secret, and the Berlin Group banks
 * this server is set up for.
 */
@Path("/banks")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class BanksResource {

    @Inject
    BankCatalogue catalogue;

    @GET
    public List<BankCatalogue.Bank> banks(
            @QueryParam("provider") String provider, @QueryParam("country") String country) {
        return catalogue.banks(provider, country);
    }
}
