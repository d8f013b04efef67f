package org.tributary.categorising.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tributary.categorising.control.Categories;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** The categories to choose from when re-categorising: id as stored, name in the caller's language. */
@Path("/categories")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    Categories categories;

    @Inject
    CurrentUser user;

    @Inject
    PortalLanguage language;

    @GET
    public List<Categories.Category> list() {
        return categories.of(user.id(), language.of(user.id()));
    }
}
