package org.lif.portal.web;

import jakarta.ws.rs.NotFoundException;

import java.util.regex.Pattern;

/** Record ids in the portal's addresses: the services' ids are UUIDs; anything else is an unknown page, without asking a service. */
public final class Ids {

    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private Ids() {
    }

    /** The id, if a service could know it; otherwise "Page not found". */
    public static String known(String id) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        return id;
    }
}
