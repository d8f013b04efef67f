package org.tributary.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.tributary.platform.boundary.FileUpload;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.reporting.control.RateBook;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** Exchange rates the reports convert foreign-currency transactions with (a CSV: date, currency, rate). */
@Path("/rates")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class RatesResource {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    RateBook rates;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RateBook.RatesImported upload(
            @RequestBody(content = @Content(schema = @Schema(implementation = FileUpload.class)))
                    List<EntityPart> parts)
            throws IOException {
        EntityPart file = parts.stream()
                .filter(p -> p.getName().equals("file"))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("file", "Choose a CSV of exchange rates."));
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(MAX_BYTES + 1);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "A file of rates may have at most 5 MB.");
        }
        return rates.importCsv(user.id(), content);
    }
}
