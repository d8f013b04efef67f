package org.tributary.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The HTTP API, versioned in its path. The contract is ../shared/API.md; /openapi is generated from here.
 * Callers are authenticated by MicroProfile JWT, read from the {@code access_token} cookie.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "tributary")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tributary API",
                        version = "1",
                        description =
                                "Personal-finance aggregation: sources, imports, the ledger, reports and analysis."))
public class TributaryApi extends Application {}
