package org.lif.portal.problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * A service answered a call with an error status. Carries the service's problem (RFC 9457) so that a form can show
 * its field errors, and a page can tell "not found" from "not allowed". Never shown to the person as it is: the
 * portal words it ({@link RefusalPages}, {@link FormErrors}).
 */
public class ServiceRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final int status;
    private final ApiProblem problem;

    public ServiceRefusal(int status, ApiProblem problem) {
        super("service answered " + status, null, false, false);
        this.status = status;
        this.problem = problem;
    }

    /** Reads an error answer of a service; a body that is not a problem still gives its status. */
    public static ServiceRefusal of(Response response) {
        ApiProblem problem;
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            problem = body == null || body.isBlank() ? null : JSON.readValue(body, ApiProblem.class);
        } catch (RuntimeException | java.io.IOException notAProblem) {
            problem = null;
        }
        if (problem == null) {
            problem = new ApiProblem(null, null, response.getStatus(), null, List.of());
        }
        return new ServiceRefusal(response.getStatus(), problem);
    }

    public int status() {
        return status;
    }

    public ApiProblem problem() {
        return problem;
    }
}
