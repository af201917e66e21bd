package id.sirakor.platform.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The database change stamp of the public pages (V98, ADR 0100): a row inserted into public_change in
 * the same transaction as any write that changes what a public page shows; the stamp is the highest
 * id, read by each node's {@link PublicPageCache} at most every {@link PublicPageCache#CHECK_MILLIS} ms.
 * Inserts, not an update of one counter row, so writers never wait for each other's commit here. Plain JDBC on the
 * application's datasource: inside a JTA transaction WildFly hands out the transaction's own
 * connection, so the bump commits or rolls back with the write.
 */
public final class PublicStamp {

    /** Rows kept: older ones are deleted by the writer whose id is a multiple of this. */
    static final long KEEP = 1000;
    private static volatile DataSource dataSource;

    private PublicStamp() {
    }

    static DataSource dataSource() throws NamingException {
        DataSource ds = dataSource;
        if (ds == null) {
            ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/SirakorDS");
            dataSource = ds;
        }
        return ds;
    }

    /** Bumps the stamp (in the caller's transaction, if any). */
    public static void bump() throws NamingException, SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO public_change (changed_at) VALUES (CURRENT_TIMESTAMP)",
                     java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                long id = keys.next() ? keys.getLong(1) : 0;
                if (id > KEEP && id % KEEP == 0) {
                    try (PreparedStatement purge = c.prepareStatement("DELETE FROM public_change WHERE id < ?")) {
                        purge.setLong(1, id - KEEP);
                        purge.executeUpdate();
                    }
                }
            }
        }
    }

    /** The current stamp as committed; -1 when there is none. */
    public static long read() throws NamingException, SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM public_change");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? -1 : v;
            }
            return -1;
        }
    }
}
