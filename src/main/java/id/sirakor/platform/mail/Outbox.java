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
 * seconds; a failure is retried with growing delays (1, 2, 4 … × SIRAKOR_MAIL_RETRY_SECONDS), and
 * after {@code SIRAKOR_MAIL_MAX_ATTEMPTS} (8) attempts the mail is FAILED (the dead letters).
 *
 * <p><b>Leases</b> (docs/adr/0023-outbox-leases.md): a run claims up to a batch of due mails with
 * one conditional UPDATE that writes its claim token ({@code claimed_by}) and a lease
 * ({@code lease_until}); due means PENDING and due, or SENDING with a lease that ran out (its
 * node died mid-send). Only the holder of the claim token may mark a mail SENT or back to
 * PENDING, so two nodes never both send a mail whose lease holds. A mail whose SENT mark could
 * not be written (database gone right after the SMTP server took it) is remembered and marked
 * before the next claim, while its lease still holds, instead of being sent again.
 *
 * <p><b>Throughput</b>: the batch is split over {@code SIRAKOR_MAIL_PARALLEL} senders (4), each
 * with one SMTP connection for its whole part, instead of a connection per mail.
 *
 * <p>Every mail has {@code From:} (the event's unit as display name, {@code MAIL_FROM} as address),
 * {@code Reply-To:} (the unit's secretariat address), a text part and an HTML alternative
 * ({@link MailHtml}), and a stable {@code Message-ID} per outbox row.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

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

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService workers;

    /** This node's part of every claim token. */
    private final String node = nodeName();
    /** Mails sent whose SENT mark failed: id → claim token, marked before the next claim. */
    private final java.util.concurrent.ConcurrentHashMap<Long, String> unconfirmed = new java.util.concurrent.ConcurrentHashMap<>();
    /** Mails claimed by this node whose failure could not be written (database away): put back on the next run. */
    private final java.util.concurrent.ConcurrentHashMap<Long, String[]> unreleased = new java.util.concurrent.ConcurrentHashMap<>();
    /** The thread running {@link #deliverDue} and since when (nanoTime), for the watchdog. */
    private volatile Thread runner;
    private volatile long runningSince;
    private volatile boolean stuckReported;
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    private static String nodeName() {
        String n = System.getProperty("jboss.node.name");
        if (n == null || n.isBlank()) {
            try {
                n = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                n = "node";
            }
        }
        return n.length() > 40 ? n.substring(0, 40) : n;
    }

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

    private volatile id.sirakor.platform.ops.PeriodicTask task;

    /** Stops the sender with the application (an undeployed app must not keep polling). */
    @jakarta.annotation.PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long every = Long.parseLong(Settings.get("sirakor.mail.poll.seconds", "SIRAKOR_MAIL_POLL_SECONDS", "5"));
        task = id.sirakor.platform.ops.PeriodicTask.every(scheduler, every, () -> self.deliverDue(), e -> {
            if (id.sirakor.platform.error.Outage.isDatabaseDown(e)) {
                id.sirakor.platform.error.Outage.note(e, "mail outbox");
            } else {
                LOG.log(Level.WARNING, "mail outbox run failed", e);
            }
        });
    }

    /** Sends what is due now, batch after batch while batches come back full; returns how many were sent. */
    public int deliverDue() {
        if (!running.compareAndSet(false, true)) {
            reportIfStuck();
            return 0; // the previous run of this node is still draining
        }
        runner = Thread.currentThread();
        runningSince = System.nanoTime();
        stuckReported = false;
        try {
            confirmUnconfirmed();
            releaseUnreleased();
            int sent = 0;
            int batch = setting("sirakor.mail.batch", "SIRAKOR_MAIL_BATCH", 200);
            long until = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < until) {
                String token = node + ":" + java.util.UUID.randomUUID();
                List<Long> claimed = self.claim(token, batch);
                if (claimed.isEmpty()) {
                    break;
                }
                sent += sendAll(claimed, token);
                if (claimed.size() < batch) {
                    break;
                }
            }
            return sent;
        } finally {
            runner = null;
            running.set(false);
        }
    }

    /** A run that has held the node's outbox for over two minutes is logged once, with where it stands. */
    private void reportIfStuck() {
        Thread t = runner;
        if (t != null && !stuckReported && System.nanoTime() - runningSince > 120_000_000_000L) {
            stuckReported = true;
            StringBuilder where = new StringBuilder();
            for (StackTraceElement e : t.getStackTrace()) {
                where.append("\n\tat ").append(e);
            }
            LOG.warning("mail outbox run has been busy for over two minutes in " + t.getName() + where);
        }
    }

    private void releaseUnreleased() {
        for (var e : List.copyOf(unreleased.entrySet())) {
            try {
                self.markFailed(e.getKey(), e.getValue()[0], e.getValue()[1]);
                unreleased.remove(e.getKey());
            } catch (RuntimeException stillDown) {
                return;
            }
        }
    }

    static int setting(String property, String env, int fallback) {
        try {
            return Integer.parseInt(Settings.get(property, env, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Claims up to {@code max} due mails for {@code token}: PENDING and due, or SENDING with a lease
     * that ran out. One conditional UPDATE per batch; concurrent claimers get disjoint rows.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(String token, int max) {
        java.time.Instant now = clock.now();
        List<Long> due = em.createQuery("select m.id from OutboxMail m where (m.status = :p and m.nextAttemptAt <= :now)"
                        + " or (m.status = :s and (m.leaseUntil is null or m.leaseUntil < :now)) order by m.id", Long.class)
                .setParameter("p", OutboxMail.PENDING).setParameter("s", OutboxMail.SENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
        if (due.isEmpty()) {
            return due;
        }
        long lease = setting("sirakor.mail.lease.seconds", "SIRAKOR_MAIL_LEASE_SECONDS", 300);
        em.createQuery("update OutboxMail m set m.status = :s, m.claimedBy = :t, m.leaseUntil = :l where m.id in :ids"
                        + " and ((m.status = :p and m.nextAttemptAt <= :now) or (m.status = :s and (m.leaseUntil is null or m.leaseUntil < :now)))")
                .setParameter("s", OutboxMail.SENDING).setParameter("t", token).setParameter("l", now.plusSeconds(lease))
                .setParameter("ids", due).setParameter("p", OutboxMail.PENDING).setParameter("now", now).executeUpdate();
        return em.createQuery("select m.id from OutboxMail m where m.claimedBy = :t and m.status = :s order by m.id", Long.class)
                .setParameter("t", token).setParameter("s", OutboxMail.SENDING).getResultList();
    }

    /** The batch over up to SIRAKOR_MAIL_PARALLEL senders, one SMTP connection each. */
    private int sendAll(List<Long> ids, String token) {
        int parallel = Math.max(1, Math.min(setting("sirakor.mail.parallel", "SIRAKOR_MAIL_PARALLEL", 4), ids.size()));
        int per = (ids.size() + parallel - 1) / parallel;
        List<java.util.concurrent.Future<Integer>> parts = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += per) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + per));
            if (from + per >= ids.size() || workers == null) {
                parts.add(java.util.concurrent.CompletableFuture.completedFuture(sendPart(part, token)));
            } else {
                parts.add(workers.submit(() -> sendPart(part, token)));
            }
        }
        int sent = 0;
        for (java.util.concurrent.Future<Integer> f : parts) {
            try {
                sent += f.get(setting("sirakor.mail.lease.seconds", "SIRAKOR_MAIL_LEASE_SECONDS", 300), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.WARNING, "mail sender failed", e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                f.cancel(true);
                LOG.warning("mail sender still busy after its lease; its mails are due again when the lease runs out");
            }
        }
        return sent;
    }

    private int sendPart(List<Long> ids, String token) {
        int sent = 0;
        Transport transport = null;
        try {
            for (Long id : ids) {
                MimeMessage msg;
                try {
                    msg = self.message(id);
                } catch (RuntimeException e) {
                    failed(id, token, e);
                    continue;
                }
                if (msg == null) {
                    continue;
                }
                try {
                    if (transport == null || !transport.isConnected()) {
                        transport = mail.getTransport(msg.getAllRecipients()[0]);
                        transport.connect();
                    }
                    transport.sendMessage(msg, msg.getAllRecipients());
                } catch (Exception e) {
                    close(transport);
                    transport = null;
                    failed(id, token, e);
                    continue;
                }
                sent++;
                try {
                    self.markSent(id, token);
                } catch (RuntimeException e) {
                    unconfirmed.put(id, token); // the SMTP server has it: mark it later, do not send again
                    LOG.warning("mail " + id + " sent but not marked yet (" + e.getClass().getSimpleName() + "); marking it on the next run");
                }
            }
        } finally {
            close(transport);
        }
        return sent;
    }

    private void failed(long id, String token, Exception e) {
        try {
            self.markFailed(id, token, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException again) {
            unreleased.put(id, new String[] {token, e.getClass().getSimpleName() + ": " + e.getMessage()});
            LOG.fine("mail " + id + " failed and could not be put back (" + again.getClass().getSimpleName() + "); put back on the next run");
        }
    }

    private static void close(Transport t) {
        if (t != null) {
            try {
                t.close();
            } catch (Exception ignored) {
                // the connection is gone anyway
            }
        }
    }

    private void confirmUnconfirmed() {
        for (var e : List.copyOf(unconfirmed.entrySet())) {
            try {
                self.markSent(e.getKey(), e.getValue());
                unconfirmed.remove(e.getKey());
            } catch (RuntimeException stillDown) {
                return;
            }
        }
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

    /** The mail as it goes out (attachments rendered from the committed state), or null if it is gone. */
    @Transactional
    public MimeMessage message(long id) {
        OutboxMail m = em.find(OutboxMail.class, id);
        if (m == null) {
            return null;
        }
        try {
            MailHtml.Sender sender = sender(m);
            MimeMessage msg = new StableIdMessage(mail, "<outbox-" + id + "." + m.getCreatedAt().toEpochMilli() + "@sirakor>");
            String from = mail.getProperty("mail.from");
            if (from == null || from.isBlank()) {
                from = Settings.get("sirakor.mail.from", "MAIL_FROM", "noreply@sirakor.local");
            }
            msg.setFrom(new InternetAddress(from, sender.name(), StandardCharsets.UTF_8.name()));
            if (sender.replyTo() != null && !sender.replyTo().isBlank()) {
                try {
                    msg.setReplyTo(new InternetAddress[] {new InternetAddress(sender.replyTo(), "Sekretariat " + sender.name(),
                            StandardCharsets.UTF_8.name())});
                } catch (jakarta.mail.internet.AddressException badAddress) {
                    LOG.fine("unit reply-to not usable: " + sender.replyTo());
                }
            }
            msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getToAddress()));
            msg.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.getBodyText(), StandardCharsets.UTF_8.name());
            alternative.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(MailHtml.of(m.getBodyText(), sender), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
            if (m.getAttachments() == null || m.getAttachments().isBlank()) {
                msg.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (String ref : m.getAttachments().split(",")) {
                    AttachmentSource.Attachment a = render(ref.trim());
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                    part.setFileName(a.fileName());
                    mixed.addBodyPart(part);
                }
                msg.setContent(mixed);
            }
            msg.setSentDate(new Date());
            msg.saveChanges();
            return msg;
        } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A MimeMessage whose Message-ID is the outbox row's, so a resend after a crash is recognisable as the same mail. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session s, String id) {
            super(s);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", id);
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<Long, MailHtml.Sender> senders = new java.util.concurrent.ConcurrentHashMap<>();

    /** The sender of a mail: the unit of the event it is about (registration or invitation), else Sirakor. */
    private MailHtml.Sender sender(OutboxMail m) {
        Long unitId = null;
        if (m.getRefId() != null && m.getKind() != null) {
            String sql = m.getKind().startsWith("registration.")
                    ? "SELECT e.unit_id FROM registration r JOIN event e ON e.id = r.event_id WHERE r.id = ?1"
                    : m.getKind().startsWith("invitation")
                    ? "SELECT e.unit_id FROM invitation i JOIN event e ON e.id = i.event_id WHERE i.id = ?1" : null;
            if (sql != null) {
                List<?> r = em.createNativeQuery(sql).setParameter(1, m.getRefId()).getResultList();
                unitId = r.isEmpty() ? null : ((Number) r.get(0)).longValue();
            }
        }
        if (unitId == null) {
            return new MailHtml.Sender("Sirakor", null, null);
        }
        return senders.computeIfAbsent(unitId, u -> {
            Object[] row = (Object[]) em.createNativeQuery("SELECT name, email, address, city, phone FROM org_unit WHERE id = ?1")
                    .setParameter(1, u).getSingleResult();
            StringBuilder footer = new StringBuilder();
            for (int i = 2; i < 5; i++) {
                if (row[i] != null && !row[i].toString().isBlank()) {
                    footer.append(footer.length() == 0 ? "" : " · ").append(row[i]);
                }
            }
            if (row[1] != null) {
                footer.append(footer.length() == 0 ? "" : " · ").append(row[1]);
            }
            return new MailHtml.Sender((String) row[0], (String) row[1], footer.toString());
        });
    }

    /** SENT, if this claim still holds the mail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, String token) {
        em.createQuery("update OutboxMail m set m.status = :sent, m.sentAt = :now, m.attempts = m.attempts + 1,"
                        + " m.claimedBy = null, m.leaseUntil = null where m.id = :id and m.claimedBy = :t")
                .setParameter("sent", OutboxMail.SENT).setParameter("now", clock.now()).setParameter("id", id).setParameter("t", token)
                .executeUpdate();
    }

    /** Back to PENDING with a delay, or FAILED after the last attempt; only by the claim's holder. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String token, String error) {
        OutboxMail m = em.find(OutboxMail.class, id);
        if (m == null || !token.equals(m.getClaimedBy())) {
            return;
        }
        int attempts = m.getAttempts() + 1;
        m.setAttempts(attempts);
        m.setLastError(error.length() > 500 ? error.substring(0, 500) : error);
        m.setClaimedBy(null);
        m.setLeaseUntil(null);
        if (attempts >= setting("sirakor.mail.max.attempts", "SIRAKOR_MAIL_MAX_ATTEMPTS", 8)) {
            m.setStatus(OutboxMail.FAILED);
            LOG.warning("mail " + id + " to " + m.getToAddress() + " failed for good: " + error);
        } else {
            long base = setting("sirakor.mail.retry.seconds", "SIRAKOR_MAIL_RETRY_SECONDS", 60);
            m.setStatus(OutboxMail.PENDING);
            m.setNextAttemptAt(clock.now().plus(Duration.ofSeconds(base << Math.min(attempts - 1, 16))));
        }
    }

    /** A FAILED (or long pending) mail due now again, with a fresh count of attempts. */
    @Transactional
    public boolean retry(long id) {
        return em.createQuery("update OutboxMail m set m.status = :p, m.attempts = 0, m.nextAttemptAt = :now, m.claimedBy = null,"
                        + " m.leaseUntil = null where m.id = :id and m.status in (:f, :p)")
                .setParameter("p", OutboxMail.PENDING).setParameter("now", clock.now()).setParameter("id", id)
                .setParameter("f", OutboxMail.FAILED).executeUpdate() == 1;
    }
}
