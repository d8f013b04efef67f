package org.tributary.syncing.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tributary.security.boundary.SignedIn;
import org.tributary.syncing.control.BankSyncs;

/**
 * What can be connected. SimpleFIN Bridge is one entry: the person picks their banks at the bridge (mostly in the
 * United States and Canada) and brings a setup token.
 */
@Path("/banks")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class BanksResource {

    public record Bank(String provider, String institutionId, String name, String country) {}

    private static final List<Bank> BANKS =
            List.of(new Bank(BankSyncs.SIMPLEFIN, "simplefin-bridge", "SimpleFIN Bridge", "US"));

    @GET
    public List<Bank> banks(@QueryParam("provider") String provider, @QueryParam("country") String country) {
        return BANKS.stream()
                .filter(bank -> provider == null || bank.provider().equalsIgnoreCase(provider.strip()))
                .filter(bank -> country == null || bank.country().equalsIgnoreCase(country.strip()))
                .toList();
    }
}
