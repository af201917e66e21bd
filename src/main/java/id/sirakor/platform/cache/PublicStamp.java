package id.sirakor.platform.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The database change stamp of the public pages (V98, ADR 0100): one row, 'global', bumped in the
 * same transaction as any write that changes what a public page shows, and read by each node's
 * {@link PublicPageCache} at most every {@link PublicPageCache#CHECK_MILLIS} ms. Plain JDBC on the
 * application's datasource: inside a JTA transaction WildFly hands out the transaction's own
 * connection, so the bump commits or rolls back with the write.
 */
public final class PublicStamp {

    public static final String GLOBAL = "global";
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
             PreparedStatement ps = c.prepareStatement("UPDATE public_stamp SET stamp = stamp + 1 WHERE stamp_key = ?")) {
            ps.setString(1, GLOBAL);
            ps.executeUpdate();
        }
    }

    /** The current stamp as committed; -1 when the row is missing. */
    public static long read() throws NamingException, SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT stamp FROM public_stamp WHERE stamp_key = ?")) {
            ps.setString(1, GLOBAL);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
