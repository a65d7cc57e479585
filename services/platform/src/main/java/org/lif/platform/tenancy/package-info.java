/**
 * Tenancy: partnerships (Hibernate {@code @TenantId}, {@link org.lif.platform.tenancy.PartnershipTenantResolver}),
 * roles per partnership ({@link org.lif.platform.tenancy.PartnershipAccessFilter}) and agency confinement
 * ({@link org.lif.platform.tenancy.AgencyScope}, the filter defined here and switched on for every session).
 */
@FilterDef(name = AgencyScope.FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = AgencyScope.PARAM, type = String.class, resolver = AgencyScope.CurrentAgency.class))
package org.lif.platform.tenancy;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
