package org.lif.platform.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The partnership roles that may call a partnership-scoped endpoint
 * ({@code /api/v1/partnerships/{partnershipId}/...}). On a method it overrides the class.
 * An endpoint without it is closed to everyone (deny by default).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {
    PartnershipRole[] value();
}
