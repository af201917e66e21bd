package id.sirakor.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date when the application starts, before any request is served,
 * then announces {@link SchemaReady} so that demo data and bootstrap users can be loaded.
 * The same scripts run on H2 and on MySQL/MariaDB.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/SirakorDS")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    /** Fired once the schema is current. */
    public record SchemaReady() {
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(false)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run now)");
        schemaReady.fire(new SchemaReady());
    }
}
