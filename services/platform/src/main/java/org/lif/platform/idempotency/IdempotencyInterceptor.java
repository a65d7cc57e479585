package org.lif.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 *   <li>same key, different request: 422 problem; same key while the first is still running: 409 problem</li>
 * </ul>
 * Keys are per partnership and caller, at most 200 characters.
 */
@Idempotent
@Interceptor
// before (outside) @Transactional: an answer is remembered only once its transaction has committed
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
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
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error e) {
            store.release(partnership, caller, key);
            throw e;
        }
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
