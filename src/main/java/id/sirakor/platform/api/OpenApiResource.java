package id.sirakor.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Set;

/** GET /api/v1/openapi.json: the OpenAPI document of every resource bean of the application. */
@Path("/openapi.json")
@ApplicationScoped
public class OpenApiResource {

    @Inject
    BeanManager beans;

    private volatile JsonObject document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiDoc("This document")
    public JsonObject document() {
        if (document == null) {
            Set<Class<?>> resources = new LinkedHashSet<>();
            for (Bean<?> b : beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
                Class<?> c = b.getBeanClass();
                if (c.isAnnotationPresent(Path.class) && c.getName().startsWith("id.sirakor.")) {
                    resources.add(c);
                }
            }
            document = OpenApiDocument.build(resources, "v1");
        }
        return document;
    }
}
