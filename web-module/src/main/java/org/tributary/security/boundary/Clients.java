package org.tributary.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import org.tributary.security.control.ClientInfo;

/** Reads who is calling from the servlet request (the address as the server sees it, the device cookie). */
public final class Clients {

    private Clients() {}

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(
                request.getRemoteAddr(),
                request.getHeader("User-Agent"),
                DeviceCookie.key(request).orElse(null));
    }
}
