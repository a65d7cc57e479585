package org.lif.portal.rules;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.lif.portal.problem.ServiceRefusal;
import org.lif.portal.signin.AccessTokenForwarder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The services that apply a partnership's local rules, each with its own rules client: reviews (clocks of case
 * reviews), training (cancellation cut-off) and action-plans (default due date), at
 * {@code lif.portal.services.<service>.url}, called with the person's own access token.
 */
@ApplicationScoped
public class RuleServices {

    /** A service that applies local rules: its key in the portal's addresses, its name in words, its client. */
    public record RuleService(String key, String name, RulesApi api) {
    }

    private static final Map<String, String> NAMES = Map.of(
            "reviews", "Reviews", "training", "Training", "action-plans", "Action plans");

    @Inject
    Config config;
    @Inject
    AccessTokenForwarder forwarder;

    private final Map<String, RuleService> services = new LinkedHashMap<>();

    @PostConstruct
    void connect() {
        for (String key : new String[] {"reviews", "training", "action-plans"}) {
            String url = config.getValue("lif.portal.services." + key + ".url", String.class);
            RulesApi api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                    .connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                    .register(forwarder).register(new Refusals())
                    .build(RulesApi.class);
            services.put(key, new RuleService(key, NAMES.get(key), api));
        }
    }

    public Iterable<RuleService> all() {
        return services.values();
    }

    public Optional<RuleService> of(String key) {
        return Optional.ofNullable(key == null ? null : services.get(key));
    }

    /** Every error answer becomes a {@link ServiceRefusal} carrying the service's problem. */
    static final class Refusals implements ResponseExceptionMapper<ServiceRefusal> {
        @Override
        public ServiceRefusal toThrowable(Response response) {
            return ServiceRefusal.of(response);
        }

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }
    }
}
