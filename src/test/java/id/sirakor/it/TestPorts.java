package id.sirakor.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The managed test server's ports from one offset, {@code it.port.offset} (default 100): HTTP
 * 8080 + offset, management 9990 + offset, and the SMTP port its mail session points at (where
 * GreenMail listens in MailOutboxIT) 3025 + offset. arquillian.xml reads the derived properties,
 * so two test runs on one machine (say a second clone with {@code -Dit.port.offset=300
 * -Dit.db.name=sirakor_it_b}) do not clash.
 */
public class TestPorts implements LauncherSessionListener {

    public static int offset() {
        return Integer.getInteger("it.port.offset", 100);
    }

    public static int smtpPort() {
        return 3025 + offset();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int offset = offset();
        System.setProperty("it.port.offset", String.valueOf(offset));
        System.setProperty("it.http.port", String.valueOf(8080 + offset));
        System.setProperty("it.management.port", String.valueOf(9990 + offset));
        System.setProperty("it.smtp.port", String.valueOf(smtpPort()));
    }
}
