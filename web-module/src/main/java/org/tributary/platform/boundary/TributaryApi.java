package org.tributary.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The HTTP API, versioned in its path. The contract is ../shared/API.md; /openapi is generated from here (its
 * title and description are in microprofile-config.properties, finished by {@link ApiDocument}).
 * Callers are authenticated by MicroProfile JWT, read from the {@code access_token} cookie.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "tributary")
public class TributaryApi extends Application {}
