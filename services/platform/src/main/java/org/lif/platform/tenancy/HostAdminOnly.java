package org.lif.platform.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A host-level endpoint ({@code /api/v1/host/...}): only callers holding the realm role {@code host-admin} may call it
 * (see {@link HostAccessFilter}). A host path without it is closed to everyone (deny by default). Host endpoints see
 * across partnerships, so they must answer with aggregates only, never a partnership's records.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface HostAdminOnly {
}
