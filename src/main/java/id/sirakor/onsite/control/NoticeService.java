package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.onsite.entity.ReminderSent;
import id.sirakor.onsite.entity.ScheduleNotice;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.platform.ops.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminders (H-n before the first day, each once per registration, through the outbox, with the
 * ticket and the calendar file) and schedule change notices (the schedule participants were last
 * told is kept; a change of date, time or venue is mailed to confirmed participants once).
 * A scheduled job sends due reminders and records the baseline schedule of published events.
 */
@ApplicationScoped
public class NoticeService {

    private static final Logger LOG = Logger.getLogger(NoticeService.class.getName());
    public static final String REMINDER_KIND = "event.reminder";
    public static final String CHANGE_KIND = "event.change";

    @PersistenceContext
    EntityManager em;

    @Inject
    OnsiteAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    AppClock clock;

    @Inject
    NoticeService self;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile PeriodicTask task;

    /** Days before the first day at which reminders go out: "3,1" (H-3 and H-1) unless configured. */
    public static Set<Integer> reminderDays() {
        Set<Integer> days = new TreeSet<>();
        for (String p : Settings.get("sirakor.reminder.days", "SIRAKOR_REMINDER_DAYS", "3,1").split(",")) {
            try {
                int d = Integer.parseInt(p.trim());
                if (d >= 0 && d <= 60) {
                    days.add(d);
                }
            } catch (NumberFormatException ignored) {
                LOG.warning("sirakor.reminder.days: ignoring " + p);
            }
        }
        return days;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long every = Long.parseLong(Settings.get("sirakor.reminder.poll.seconds", "SIRAKOR_REMINDER_POLL_SECONDS", "600"));
        task = PeriodicTask.every(scheduler, every, () -> RequestAuditContext.runAsSystem("system:reminders", () -> {
            for (long id : self.publishedUpcoming()) {
                self.runFor(id);
            }
        }), e -> LOG.log(Level.WARNING, "reminder run failed", e));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    @Transactional
    public List<Long> publishedUpcoming() {
        return em.createQuery("select distinct e.id from Event e join e.days d where e.status = :s and d.endsAt > :now",
                Long.class).setParameter("s", EventStatus.PUBLISHED).setParameter("now", clock.now()).getResultList();
    }

    /** The result of one run for an event. */
    public record RunResult(int reminders, boolean baselineRecorded) {
    }

    /** The secretariat's "send due reminders now" (the job does the same on its own). */
    @Transactional
    public RunResult runNow(long eventId) {
        access.writable(eventId);
        return runFor(eventId);
    }

    /**
     * Records the baseline schedule if none, and queues the reminders due today. The event row is
     * locked, so two runs (the job and a click, two nodes) queue each reminder once; the unique key
     * of reminder_sent is the last guard.
     */
    @Transactional
    public RunResult runFor(long eventId) {
        Event e = em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || e.getDays().isEmpty()) {
            return new RunResult(0, false);
        }
        boolean baseline = false;
        if (last(e) == null) {
            em.persist(new ScheduleNotice(e.getId(), 1, fingerprint(schedule(e)), schedule(e), 0, clock.now(), actor()));
            baseline = true;
        }
        if (e.getStatus() != EventStatus.PUBLISHED) {
            return new RunResult(0, baseline);
        }
        LocalDate first = e.getDays().get(0).getDayDate();
        LocalDate today = clock.now().atZone(e.zone()).toLocalDate();
        long left = ChronoUnit.DAYS.between(today, first);
        int sent = 0;
        for (int h : reminderDays()) {
            if (left > h || left < 0) {
                continue;
            }
            // a reminder for a nearer day replaces the farther one not yet sent: only the nearest due goes out
            if (reminderDays().stream().anyMatch(o -> o < h && left <= o)) {
                continue;
            }
            List<Registration> regs = em.createQuery("select r from Registration r where r.event = :e and r.status = :s"
                    + " and r.id not in (select x.registrationId from ReminderSent x where x.daysBefore = :h)", Registration.class)
                    .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).setParameter("h", h).getResultList();
            for (Registration r : regs) {
                em.persist(new ReminderSent(e.getId(), r.getId(), h, clock.now()));
                String name = Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
                String when = h == 0 ? "hari ini" : h == 1 ? "besok" : h + " hari lagi";
                String text = "Yth. " + name + ",\n\nKami mengingatkan bahwa " + e.getTitle() + " diselenggarakan " + when + ".\n\n"
                        + schedule(e) + "\n\nTiket Anda terlampir (kode " + Tickets.display(r.getTicketCode())
                        + "); tunjukkan kode QR-nya di meja registrasi. Berkas kalender terlampir.\n\nSekretariat "
                        + e.getUnit().getName();
                outbox.enqueue(REMINDER_KIND, r.getId(), r.getEmail(), "Pengingat H-" + h + ": " + e.getTitle(), text,
                        Tickets.confirmationAttachments(r.getId(), e.getId()));
                sent++;
            }
            if (sent > 0) {
                audit.record("event.reminder", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + ": H-" + h + " (" + sent + ")",
                        null, Map.of("daysBefore", h, "recipients", sent));
            }
        }
        return new RunResult(sent, baseline);
    }

    private String actor() {
        try {
            return access.actor();
        } catch (RuntimeException systemRun) {
            return "system";
        }
    }

    /** What participants were last told, and what the schedule is now. */
    public record ChangeView(String told, String now, boolean changed, int notices, boolean editable) {
    }

    @Transactional
    public ChangeView change(long eventId) {
        Event e = access.staffReadable(eventId);
        ScheduleNotice last = last(e);
        String now = schedule(e);
        long notices = em.createQuery("select count(n) from ScheduleNotice n where n.eventId = :e and n.seq > 1", Long.class)
                .setParameter("e", eventId).getSingleResult();
        return new ChangeView(last == null ? null : last.getSchedule(), now,
                last != null && !last.getFingerprint().equals(fingerprint(now)), (int) notices, access.canWrite(eventId));
    }

    /**
     * Mails the change to every confirmed participant, once: the event row is locked, and a schedule
     * already told is refused with 409.
     */
    @Transactional
    public int sendChange(long eventId) {
        Event checked = access.writable(eventId);
        Event e = em.find(Event.class, checked.getId(), LockModeType.PESSIMISTIC_WRITE);
        ScheduleNotice last = last(e);
        String now = schedule(e);
        if (last == null || last.getFingerprint().equals(fingerprint(now))) {
            throw BusinessException.conflict("notice.unchanged");
        }
        List<Registration> regs = em.createQuery("select r from Registration r where r.event = :e and r.status = :s order by r.id",
                Registration.class).setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getResultList();
        List<Outbox.NewMail> mails = new ArrayList<>();
        for (Registration r : regs) {
            String name = Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
            String text = "Yth. " + name + ",\n\nJadwal " + e.getTitle() + " berubah.\n\nSEBELUMNYA:\n" + last.getSchedule()
                    + "\n\nMENJADI:\n" + now + "\n\nTiket Anda tetap berlaku. Berkas kalender yang terlampir memperbarui jadwal di kalender Anda."
                    + "\n\nMohon maaf atas perubahan ini.\nSekretariat " + e.getUnit().getName();
            mails.add(new Outbox.NewMail(CHANGE_KIND, r.getId(), r.getEmail(), "Perubahan jadwal: " + e.getTitle(), text,
                    Tickets.confirmationAttachments(r.getId(), e.getId())));
        }
        outbox.enqueueAll(mails);
        em.persist(new ScheduleNotice(e.getId(), last.getSeq() + 1, fingerprint(now), now, regs.size(), clock.now(), actor()));
        audit.record("event.changeNotice", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + " (" + regs.size() + ")",
                Map.of("schedule", last.getSchedule()), Map.of("schedule", now, "recipients", regs.size()));
        return regs.size();
    }

    private ScheduleNotice last(Event e) {
        return em.createQuery("select n from ScheduleNotice n where n.eventId = :e order by n.seq desc", ScheduleNotice.class)
                .setParameter("e", e.getId()).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    }

    /** Dates, times and places, one line per day, as participants read them. */
    static String schedule(Event e) {
        StringBuilder s = new StringBuilder();
        for (EventDay d : e.getDays()) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(IndonesianTime.date(d.getDayDate(), IndonesianTime.ID)).append(", ")
                    .append(IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), e.zone(), IndonesianTime.ID));
            if (d.getHall() != null) {
                s.append(", ").append(d.getHall().getVenue().getName()).append(" \u2013 ").append(d.getHall().getName());
            }
        }
        String out = s.toString();
        return out.length() > 2000 ? out.substring(0, 2000) : out;
    }

    static String fingerprint(String schedule) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(schedule.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
