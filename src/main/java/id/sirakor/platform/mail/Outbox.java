package id.sirakor.platform.mail;

import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.BatchInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one mail outbox. {@link #enqueue} joins the caller's transaction: the mail exists if and
 * only if the change that wanted it committed. A background task delivers due mails every few
 * seconds; a failure is retried with growing delays (1, 2, 4 … × SIRAKOR_MAIL_RETRY_SECONDS, at
 * most 8 attempts). Each mail is claimed with a conditional UPDATE, so several cluster nodes
 * never send the same mail twice.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    static final int MAX_ATTEMPTS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Outbox self;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    jakarta.enterprise.inject.Instance<AttachmentSource> attachmentSources;

    /**
     * Queues a mail in the caller's transaction. {@code attachments} are references "kind:id"
     * that an {@link AttachmentSource} renders when the mail is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMail enqueue(String kind, Long refId, String to, String subject, String text, String... attachments) {
        OutboxMail m = mail(kind, refId, to, subject, text, attachments);
        em.persist(m);
        return m;
    }

    /** A mail for {@link #enqueueAll}; {@code attachments} as for {@link #enqueue}. */
    public record NewMail(String kind, Long refId, String to, String subject, String text, String... attachments) {
    }

    /** Like {@link #enqueue} for many mails at once, written in one JDBC batch (their ids are not read back). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(List<NewMail> mails) {
        List<OutboxMail> rows = new java.util.ArrayList<>(mails.size());
        for (NewMail n : mails) {
            rows.add(mail(n.kind(), n.refId(), n.to(), n.subject(), n.text(), n.attachments() == null ? new String[0] : n.attachments()));
        }
        BatchInsert.insert(em, OutboxMail.class, rows);
    }

    private OutboxMail mail(String kind, Long refId, String to, String subject, String text, String... attachments) {
        OutboxMail m = new OutboxMail();
        m.setKind(kind);
        m.setRefId(refId);
        m.setToAddress(to);
        m.setSubject(subject.length() > 300 ? subject.substring(0, 300) : subject);
        m.setBodyText(text);
        m.setStatus(OutboxMail.PENDING);
        m.setAttempts(0);
        m.setNextAttemptAt(clock.now());
        m.setCreatedAt(clock.now());
        m.setAttachments(attachments.length == 0 ? null : String.join(",", attachments));
        return m;
    }

    private volatile java.util.concurrent.ScheduledFuture<?> task;

    /** Stops the sender with the application (an undeployed app must not keep polling). */
    @jakarta.annotation.PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long every = Long.parseLong(Settings.get("sirakor.mail.poll.seconds", "SIRAKOR_MAIL_POLL_SECONDS", "5"));
        task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                self.deliverDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "mail outbox run failed", e);
            }
        }, every, every, TimeUnit.SECONDS);
    }

    /** Sends what is due now; returns how many were sent. */
    public int deliverDue() {
        List<Long> due = self.dueIds();
        int sent = 0;
        for (Long id : due) {
            if (self.claim(id)) {
                sent += self.send(id) ? 1 : 0;
            }
        }
        return sent;
    }

    @Transactional
    public List<Long> dueIds() {
        return em.createQuery("select m.id from OutboxMail m where m.status = :p and m.nextAttemptAt <= :now order by m.id",
                Long.class).setParameter("p", OutboxMail.PENDING).setParameter("now", clock.now()).setMaxResults(50).getResultList();
    }

    private AttachmentSource.Attachment render(String ref) {
        int colon = ref.indexOf(':');
        String kind = ref.substring(0, colon);
        long id = Long.parseLong(ref.substring(colon + 1));
        for (AttachmentSource s : attachmentSources) {
            if (s.kind().equals(kind)) {
                return s.render(id);
            }
        }
        throw new IllegalStateException("no attachment source for " + ref);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id) {
        return em.createQuery("update OutboxMail m set m.status = :s where m.id = :id and m.status = :p")
                .setParameter("s", OutboxMail.SENDING).setParameter("id", id).setParameter("p", OutboxMail.PENDING)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long id) {
        OutboxMail m = em.find(OutboxMail.class, id);
        try {
            MimeMessage msg = new MimeMessage(mail);
            msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getToAddress()));
            msg.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
            if (m.getAttachments() == null || m.getAttachments().isBlank()) {
                msg.setText(m.getBodyText(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart body = new MimeBodyPart();
                body.setText(m.getBodyText(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(body);
                for (String ref : m.getAttachments().split(",")) {
                    AttachmentSource.Attachment a = render(ref.trim());
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    part.setFileName(a.fileName());
                    parts.addBodyPart(part);
                }
                msg.setContent(parts);
            }
            msg.setSentDate(new Date());
            Transport.send(msg);
            m.setStatus(OutboxMail.SENT);
            m.setSentAt(clock.now());
            m.setAttempts(m.getAttempts() + 1);
            return true;
        } catch (Exception e) {
            int attempts = m.getAttempts() + 1;
            m.setAttempts(attempts);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            m.setLastError(error.length() > 500 ? error.substring(0, 500) : error);
            if (attempts >= MAX_ATTEMPTS) {
                m.setStatus(OutboxMail.FAILED);
                LOG.warning("mail " + id + " to " + m.getToAddress() + " failed for good: " + error);
            } else {
                long base = Long.parseLong(Settings.get("sirakor.mail.retry.seconds", "SIRAKOR_MAIL_RETRY_SECONDS", "60"));
                m.setStatus(OutboxMail.PENDING);
                m.setNextAttemptAt(clock.now().plus(Duration.ofSeconds(base << (attempts - 1))));
            }
            return false;
        }
    }
}
