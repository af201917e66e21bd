package id.sirakor.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every /api/v1 request. Without a resolver, RESTEasy's JSON-B provider
 * builds a new Jsonb (service lookup, Yasson's bootstrap and type model) for each request body and
 * each response: about a sixth of the server's CPU per registration in the registration benchmark
 * (bench/README.md). Same configuration as RESTEasy's default ({@code JsonbBuilder.create()}); a
 * Jsonb is thread-safe and caches the type models it has seen.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The one instance, also for {@link StrictJsonReader}. */
    static Jsonb shared() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
