package org.lif.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.lif.platform.time.Today;

import java.util.List;
import java.util.Optional;

/**
 * Remembered answers to requests sent with an Idempotency-Key, per partnership and caller (table idempotent_request).
 * Every method joins the request's own transaction: the key is claimed, the work done and the answer remembered in one
 * transaction, so a claim never outlives a failed request and a second request with the key waits for the first.
 */
@ApplicationScoped
public class IdempotencyStore {

    public record Remembered(String requestHash, Integer status, String body, String location) {
        public boolean finished() {
            return status != null;
        }
    }

    @Inject
    EntityManager em;
    @Inject
    Today today;

    /**
     * @return true if this call claimed the key (first request); false if it was already claimed. While another
     * transaction holds an uncommitted claim of the same key, PostgreSQL makes this wait for its outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String partnership, String caller, String key, String requestHash) {
        return em.createNativeQuery("""
                        insert into idempotent_request (partnership_id, caller, idempotency_key, request_hash, created_at)
                        values (:p, :c, :k, :h, :now) on conflict do nothing""")
                .setParameter("now", today.now()).setParameter("p", partnership).setParameter("c", caller).setParameter("k", key).setParameter("h", requestHash)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Remembered> find(String partnership, String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, status, body, location from idempotent_request
                        where partnership_id = :p and caller = :c and idempotency_key = :k""")
                .setParameter("p", partnership).setParameter("c", caller).setParameter("k", key).getResultList();
        return rows.stream().findFirst().map(r -> new Remembered((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String partnership, String caller, String key, int status, String body, String location) {
        em.createNativeQuery("""
                        update idempotent_request set status = :s, body = :b, location = :l
                        where partnership_id = :p and caller = :c and idempotency_key = :k""")
                .setParameter("s", status).setParameter("b", body).setParameter("l", location)
                .setParameter("p", partnership).setParameter("c", caller).setParameter("k", key).executeUpdate();
    }

    /** Frees the key of a first request answered with an error, so that the caller can retry it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String partnership, String caller, String key) {
        em.createNativeQuery("delete from idempotent_request where partnership_id = :p and caller = :c and idempotency_key = :k")
                .setParameter("p", partnership).setParameter("c", caller).setParameter("k", key).executeUpdate();
    }
}
