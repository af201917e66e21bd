package id.sirakor.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GreenMail on the port the test server's mail session points at, and ways to read what arrived. */
public final class TestMail implements AutoCloseable {

    static final ServerSetup SMTP = new ServerSetup(TestPorts.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    final GreenMail mail = new GreenMail(SMTP);

    public TestMail() {
        mail.start();
    }

    @Override
    public void close() {
        mail.stop();
    }

    /** The mails to an address whose subject starts with a prefix, waiting until {@code count} arrived. */
    public List<MimeMessage> waitFor(String to, String subjectPrefix, int count, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (to.equalsIgnoreCase(m.getAllRecipients()[0].toString()) && (subjectPrefix == null || m.getSubject().startsWith(subjectPrefix))) {
                    found.add(m);
                }
            }
            if (found.size() >= count) {
                return found;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("expected " + count + " mail(s) to " + to + " '" + subjectPrefix + "', got " + found.size());
            }
            Thread.sleep(200);
        }
    }

    /** How many mails to an address with a subject prefix arrived so far. */
    public int count(String to, String subjectPrefix) throws Exception {
        int n = 0;
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (to.equalsIgnoreCase(m.getAllRecipients()[0].toString()) && m.getSubject().startsWith(subjectPrefix)) {
                n++;
            }
        }
        return n;
    }

    public MimeMessage waitFor(String to, String subjectPrefix) throws Exception {
        return waitFor(to, subjectPrefix, 1, 90_000).get(0);
    }

    /** The text of a mail (plain or the first part of a multipart), soft line breaks undone. */
    public static String text(MimeMessage m) throws Exception {
        String t = plain(m.getContent());
        if (t == null) {
            t = GreenMailUtil.getBody(m);
        }
        return t.replace("=\r\n", "").replace("=3D", "=");
    }

    /** The text/plain part, also inside multipart/alternative (text next to HTML) within multipart/mixed. */
    private static String plain(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                if (p.getFileName() != null) {
                    continue;
                }
                if (p.isMimeType("text/plain")) {
                    return String.valueOf(p.getContent());
                }
                if (p.getContent() instanceof Multipart inner) {
                    String t = plain(inner);
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** Attachments by file name. */
    public static Map<String, byte[]> attachments(MimeMessage m) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (m.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                if (p.getFileName() != null) {
                    try (InputStream in = p.getInputStream()) {
                        files.put(p.getFileName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
