package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration mail through the outbox with a real SMTP server (GreenMail on the port the
 * server's mail session points at): delivered, and still delivered after an outage.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailOutboxIT {

    private static final ServerSetup SMTP = new ServerSetup(TestPorts.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final String EVENT = "rapat-koordinasi-evaluasi-pengawasan-netralitas-asn";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static String body(String nip, String email) {
        return "{\"name\":\"Sri Rahayu\",\"idKind\":\"NIP\",\"idNumber\":\"" + nip + "\",\"institutionName\":\"BKPSDM Kabupaten Agam\","
                + "\"phone\":\"081277001234\",\"email\":\"" + email + "\",\"consent\":true}";
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("it.db.url"), "sirakor_it", "sirakor_it");
    }

    private static String outboxStatus(long registrationId) throws Exception {
        try (Connection c = db(); var s = c.prepareStatement("SELECT status, attempts FROM mail_outbox WHERE ref_id = ? AND kind LIKE 'registration.%'")) {
            s.setLong(1, registrationId);
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) + "/" + rs.getInt(2) : "none";
            }
        }
    }

    /** Other tests' mails may arrive too (their retries): wait for the one sent to this address. */
    private static MimeMessage waitFor(GreenMail mail, String to, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (to.equals(m.getAllRecipients()[0].toString())) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to + " within " + millis + " ms");
    }

    @Test
    void aRegistrationSendsAConfirmationWithThePersonalLink() throws Exception {
        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        try {
            var r = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + EVENT + "/registrations",
                    body("198505172010012004", "sri.rahayu@contoh.go.id"), "mail-it-1");
            assertEquals(201, r.status(), r.body());
            String token = r.object().getString("token");
            MimeMessage m = waitFor(mail, "sri.rahayu@contoh.go.id", 20_000);
            assertTrue(m.getSubject().startsWith("Pendaftaran terkonfirmasi: Rapat Koordinasi Evaluasi"), m.getSubject());
            String text = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
            assertTrue(text.contains("/p/registration.xhtml?t=" + token), text);
            Matcher when = Pattern.compile("Hari/Tanggal : (\\p{L}+, \\d{1,2} \\p{L}+ \\d{4})").matcher(text);
            assertTrue(when.find(), "the date in Indonesian: " + text);
            assertTrue(text.contains("WIB"), text);
        } finally {
            mail.stop();
        }
    }

    @Test
    void aMailServerOutageNeitherBlocksTheRegistrationNorLosesTheMail() throws Exception {
        var r = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + EVENT + "/registrations",
                body("197911232005011002", "pendaftar.luring@contoh.go.id"), "mail-it-2");
        assertEquals(201, r.status(), "registration succeeds while no mail server answers: " + r.body());
        long id = r.object().getJsonNumber("id").longValue();
        long until = System.currentTimeMillis() + 15_000;
        while (!outboxStatus(id).startsWith("PENDING/") || outboxStatus(id).endsWith("/0")) {
            assertTrue(System.currentTimeMillis() < until, "a failed attempt is recorded: " + outboxStatus(id));
            Thread.sleep(200);
        }
        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        try {
            waitFor(mail, "pendaftar.luring@contoh.go.id", 30_000);
            until = System.currentTimeMillis() + 10_000;
            while (!outboxStatus(id).startsWith("SENT/")) {
                assertTrue(System.currentTimeMillis() < until, outboxStatus(id));
                Thread.sleep(200);
            }
        } finally {
            mail.stop();
        }
    }
}
