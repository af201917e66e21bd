package id.sirakor.platform.api;

import id.sirakor.platform.clock.AppClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.time.Instant;
import javax.sql.DataSource;

/** Liveness and readiness for load balancers: 200 when the database answers, 503 when not. */
@Path("/health")
@RequestScoped
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/SirakorDS")
    DataSource dataSource;

    @Inject
    AppClock clock;

    public record Health(String status, String database, String databaseProduct, Instant time) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiDoc("Health of the application and its database")
    public Response health() {
        try (Connection c = dataSource.getConnection()) {
            boolean ok = c.isValid(2);
            String product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            return Response.status(ok ? 200 : 503)
                    .entity(new Health(ok ? "UP" : "DOWN", ok ? "UP" : "DOWN", product, clock.now())).build();
        } catch (Exception e) {
            return Response.status(503).entity(new Health("DOWN", "DOWN", null, clock.now())).build();
        }
    }
}
