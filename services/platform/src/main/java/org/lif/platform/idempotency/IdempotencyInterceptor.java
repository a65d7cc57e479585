package org.lif.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.lif.platform.problem.ProblemException;
import org.lif.platform.problem.Problems;
import org.lif.platform.tenancy.PartnershipContext;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Honours the {@code Idempotency-Key} header on {@link Idempotent} endpoints, for agencies' integrations that retry:
 * <ul>
 *   <li>first request with a key: processed; a successful answer (status, JSON body, Location) is remembered for
 *   {@code lif.idempotency.retention} (default 24 hours); a failed one frees the key</li>
 *   <li>same key, same request (method, path, body): the remembered answer again, header {@code Idempotency-Replayed: true}</li>
 *   <li>same key, different request: 422 problem; same key while the first is still running: waits for the first to
 *   finish, then as above (or processed, if the first failed)</li>
 * </ul>
 * Keys are per partnership and caller, at most 200 characters.
 * <p>
 * Runs inside the endpoint's own transaction (an {@code @Idempotent} endpoint must be {@code @Transactional}): the
 * claim of the key, the work and the remembered answer commit together or not at all. A failed request leaves no
 * claim behind, and a second request with the same key waits until the first has committed, then gets its answer.
 */
@Idempotent
@Interceptor
// after (inside) @Transactional (PLATFORM_BEFORE + 200): one transaction for the claim, the work and the answer
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    HttpHeaders headers;
    @Inject
    UriInfo uri;
    @Inject
    PartnershipContext context;
    @Inject
    IdempotencyStore store;
    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException(invocation.getMethod() + " is @Idempotent but not @Transactional");
        }
        String key = headers.getHeaderString(HEADER);
        if (key == null || key.isBlank() || !context.active()) {
            return invocation.proceed();
        }
        if (key.length() > 200) {
            throw Problems.invalid(HEADER, "must be at most 200 characters");
        }
        String partnership = context.partnershipId();
        String caller = context.actor();
        String hash = hash(invocation);
        if (!store.claim(partnership, caller, key, hash)) {
            return replay(partnership, caller, key, hash);
        }
        // an exception rolls the transaction back, and the claim with it
        Object result = invocation.proceed();
        if (result instanceof Response response && response.getStatus() < 300) {
            URI location = response.getLocation();
            store.remember(partnership, caller, key, response.getStatus(), json(response.getEntity()),
                    location == null ? null : location.toString());
        } else {
            store.release(partnership, caller, key);
        }
        return result;
    }

    private Response replay(String partnership, String caller, String key, String hash) {
        IdempotencyStore.Remembered remembered = store.find(partnership, caller, key)
                .orElseThrow(() -> Problems.conflict("A request with this Idempotency-Key is still being processed; retry shortly."));
        if (!remembered.requestHash().equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request.", null);
        }
        if (!remembered.finished()) {
            throw Problems.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        Response.ResponseBuilder answer = Response.status(remembered.status()).header(REPLAYED, "true");
        if (remembered.body() != null) {
            answer.entity(remembered.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (remembered.location() != null) {
            answer.location(URI.create(remembered.location()));
        }
        return answer.build();
    }

    private String hash(InvocationContext invocation) throws JsonProcessingException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(uri.getPath().getBytes(StandardCharsets.UTF_8));
        digest.update(mapper.writeValueAsBytes(invocation.getParameters()));
        return HexFormat.of().formatHex(digest.digest());
    }

    private String json(Object entity) throws JsonProcessingException {
        return entity == null ? null : mapper.writeValueAsString(entity);
    }
}
