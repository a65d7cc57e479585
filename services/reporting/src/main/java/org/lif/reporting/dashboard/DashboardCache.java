package org.lif.reporting.dashboard;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.lif.platform.tenancy.PartnershipContext;
import org.lif.reporting.common.Table;
import org.lif.reporting.readmodel.ReadModelChanged;

import java.util.List;

/**
 * The whole dashboard, kept per partnership, agency restriction and filter until the read model of that partnership
 * changes. The dashboard counts 16 tables (about 100 ms on a quiet machine with ten years of records); partnership
 * users open it far more often than events arrive, and concurrent readers otherwise queue for the CPU
 * (docs/benchmarks.md, read path). An event applied for a partnership forgets that partnership's entries once its
 * transaction has committed; a rebuild forgets all. Entries also expire after
 * {@code quarkus.cache.caffeine.dashboard.expire-after-write} (application.properties).
 */
@ApplicationScoped
public class DashboardCache {

    static final String NAME = "dashboard";

    /** What one cached dashboard depends on besides the read model: who may see what, and the filter (with today). */
    record Key(String partnershipId, String agency, DashboardFilter filter) {
    }

    @Inject
    @CacheName(NAME)
    Cache cache;
    @Inject
    DashboardService service;
    @Inject
    PartnershipContext context;

    /** The tables for the caller's partnership and agency restriction; counted on the caller's thread on a miss. */
    public List<Table> tables(DashboardFilter filter) {
        Key key = new Key(context.partnershipId(), context.agencyRestriction().orElse(null), filter);
        return cache.<Key, List<Table>>get(key, k -> service.tables(filter)).await().indefinitely();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged change) {
        cache.invalidateIf(key -> key instanceof Key k && change.concerns(k.partnershipId())).await().indefinitely();
    }
}
