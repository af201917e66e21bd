package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.control.EventCalendarAttachment;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.onsite.entity.NoticeLetter;
import id.sirakor.platform.document.LetterNumberService;
import id.sirakor.platform.document.OfficialLetterPdf;
import id.sirakor.platform.mail.AttachmentSource;
import id.sirakor.registration.entity.Invitation;
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
    public static final String CANCEL_KIND = "event.cancel";
    public static final String SPEAKER_KIND = "event.speakerNotice";

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
    NoticeLetters letters;

    @Inject
    LetterNumberService letterNumbers;

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
            baseline(e);
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

    /** The schedule as told first (the invitations and confirmations carried it). */
    private ScheduleNotice baseline(Event e) {
        ScheduleNotice n = new ScheduleNotice(e.getId(), 1, fingerprint(schedule(e)), schedule(e), 0, clock.now(), actor());
        n.setDayRows(NoticeLetters.encode(NoticeLetters.dayRows(e)));
        em.persist(n);
        return n;
    }

    /** What participants were last told, and what the schedule is now. */
    public record ChangeView(String told, String now, boolean changed, int notices, boolean editable, boolean cancelled,
                             String cancelReason, boolean cancellable) implements java.io.Serializable {
    }

    @Transactional
    public ChangeView change(long eventId) {
        Event e = access.staffReadable(eventId);
        ScheduleNotice last = last(e);
        String now = schedule(e);
        long notices = em.createQuery("select count(n) from ScheduleNotice n where n.eventId = :e and n.seq > 1", Long.class)
                .setParameter("e", eventId).getSingleResult();
        boolean cancelled = e.getStatus() == EventStatus.CANCELLED;
        boolean editable = access.canWrite(eventId);
        return new ChangeView(last == null ? null : last.getSchedule(), now,
                !cancelled && last != null && !last.getFingerprint().equals(fingerprint(now)), (int) notices, editable,
                cancelled, e.getCancelReason(), editable && cancellable(e));
    }

    /** A published or running event whose last day has not ended. */
    private boolean cancellable(Event e) {
        return (e.getStatus() == EventStatus.PUBLISHED || e.getStatus() == EventStatus.ONGOING) && !e.getDays().isEmpty()
                && !e.isOver(clock.now());
    }

    /** What a change notice or a cancellation reached. */
    public record Sent(int participants, int speakers, int institutions, List<String> letters, List<String> byHand) {
    }

    /**
     * Tells the change once: a numbered letter per invitation whose surat undangan was issued,
     * referring to it (mailed with the letter to the address the invitation went to), and a mail
     * with the ticket and the updated .ics to every confirmed participant and every speaker. The
     * event row is locked; a schedule already told is refused with 409.
     */
    @Transactional
    public Sent sendChange(long eventId) {
        Event checked = access.writable(eventId);
        Event e = em.find(Event.class, checked.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        ScheduleNotice last = last(e);
        if (last == null || last.getFingerprint().equals(fingerprint(schedule(e)))) {
            throw BusinessException.conflict("notice.unchanged");
        }
        return announceChange(e, last);
    }

    /**
     * Demo data: records that participants were first told the schedule as {@code told} rewrites
     * it (e.g. an earlier start), then announces the change to the schedule as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Sent demoChange(Event e, java.util.function.UnaryOperator<String> told) {
        if (last(e) != null) {
            return null; // the job recorded the schedule first: no demo notice
        }
        String before = told.apply(schedule(e));
        ScheduleNotice base = new ScheduleNotice(e.getId(), 1, fingerprint(before), before, 0, clock.now(), "system");
        base.setDayRows(NoticeLetters.encode(NoticeLetters.dayRows(e).stream()
                .map(r -> new NoticeLetters.DayRow(r.date(), told.apply(r.time()), r.place())).toList()));
        em.persist(base);
        em.flush();
        return announceChange(e, base);
    }

    /**
     * The work of {@link #sendChange} once it is decided (the caller holds the event's lock and
     * checked that the schedule changed since {@code last}); the demo data uses it as well.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Sent announceChange(Event e, ScheduleNotice last) {
        String now = schedule(e);
        List<NoticeLetters.DayRow> nowRows = NoticeLetters.dayRows(e);
        ScheduleNotice notice = new ScheduleNotice(e.getId(), last.getSeq() + 1, fingerprint(now), now, 0, clock.now(), actor());
        notice.setDayRows(NoticeLetters.encode(nowRows));
        em.persist(notice);
        em.flush();
        List<NoticeLetters.DayRow> told = NoticeLetters.decode(last.getDayRows());
        LocalDate today = clock.now().atZone(e.zone()).toLocalDate();
        List<Outbox.NewMail> mails = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> byHand = new ArrayList<>();
        for (Invitation i : issuedInvitations(e)) {
            String number = letterNumbers.next(e.getUnit(), today);
            byte[] pdf = OfficialLetterPdf.render(NoticeLetters.change(e, i, number, today, told, last.getSchedule(), nowRows));
            NoticeLetter l = letter(e, notice, NoticeLetters.CHANGE, i, number, today, pdf);
            numbers.add(number);
            if (l.getSentTo() == null) {
                byHand.add(i.getInstitution().getName());
                continue;
            }
            String text = "Yth. Pimpinan " + i.getInstitution().getName() + ",\n\nmenindaklanjuti " + NoticeLetters.reference(i)
                    + ", bersama surel ini kami sampaikan surat pemberitahuan perubahan jadwal " + e.getTitle() + " Nomor " + number
                    + " (terlampir, beserta berkas kalender .ics yang memperbarui jadwal).\n\nSEBELUMNYA:\n" + last.getSchedule()
                    + "\n\nMENJADI:\n" + now + "\n\nPeserta yang telah ditetapkan tetap hadir dengan tiket yang sama.\n\nSalam,\nSekretariat "
                    + e.getUnit().getName();
            mails.add(new Outbox.NewMail(CHANGE_KIND, i.getId(), l.getSentTo(), "Perubahan jadwal: " + e.getTitle() + " \u2013 " + number,
                    text, NoticeLetters.KIND + ":" + l.getId(), EventCalendarAttachment.KIND + ":" + e.getId()));
        }
        List<Registration> regs = confirmed(e);
        for (Registration r : regs) {
            String name = Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
            String text = "Yth. " + name + ",\n\nJadwal " + e.getTitle() + " berubah.\n\nSEBELUMNYA:\n" + last.getSchedule()
                    + "\n\nMENJADI:\n" + now + "\n\nTiket Anda tetap berlaku. Berkas kalender yang terlampir memperbarui jadwal di kalender Anda."
                    + "\n\nMohon maaf atas perubahan ini.\nSekretariat " + e.getUnit().getName();
            mails.add(new Outbox.NewMail(CHANGE_KIND, r.getId(), r.getEmail(), "Perubahan jadwal: " + e.getTitle(), text,
                    Tickets.confirmationAttachments(r.getId(), e.getId())));
        }
        List<Speaker> speakers = speakers(e);
        for (Speaker sp : speakers) {
            String text = "Yth. " + sp.displayName() + ",\n\nJadwal " + e.getTitle() + ", tempat Bapak/Ibu menjadi narasumber, berubah."
                    + "\n\nSEBELUMNYA:\n" + last.getSchedule() + "\n\nMENJADI:\n" + now
                    + "\n\nBerkas kalender yang terlampir memperbarui jadwal di kalender Anda.\n\nMohon maaf atas perubahan ini.\nSekretariat "
                    + e.getUnit().getName();
            mails.add(new Outbox.NewMail(SPEAKER_KIND, sp.getId(), sp.getEmail(), "Perubahan jadwal: " + e.getTitle(), text,
                    EventCalendarAttachment.KIND + ":" + e.getId()));
        }
        outbox.enqueueAll(mails);
        notice.setRecipients(regs.size());
        Sent sent = new Sent(regs.size(), speakers.size(), numbers.size() - byHand.size(), numbers, byHand);
        audit.record("event.changeNotice", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + " (" + regs.size() + ")",
                Map.of("schedule", last.getSchedule()), Map.of("schedule", now, "recipients", regs.size(), "speakers", speakers.size(),
                        "letters", numbers));
        return sent;
    }

    /**
     * Cancels a published event that has not ended, once: the reason is required; the event row
     * is locked, and a second cancellation is refused with 409. A numbered cancellation letter
     * goes to every institution whose invitation was issued, and a mail with the calendar file
     * that removes the entry (METHOD:CANCEL, SEQUENCE+1) to confirmed participants and speakers.
     */
    @Transactional
    public Sent cancel(long eventId, String reason) {
        Event checked = access.writable(eventId);
        Event e = em.find(Event.class, checked.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.alreadyCancelled");
        }
        if (!cancellable(e)) {
            throw BusinessException.conflict("event.cancelNotAllowed");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw BusinessException.invalid("reason", "validation.required");
        }
        if (why.length() > 1000) {
            throw BusinessException.invalid("reason", "validation.tooLong", 1000);
        }
        ScheduleNotice last = last(e);
        if (last == null) {
            last = baseline(e);
        }
        List<NoticeLetters.DayRow> told = NoticeLetters.decode(last.getDayRows());
        if (told == null) {
            told = NoticeLetters.dayRows(e);
        }
        EventStatus before = e.getStatus();
        e.cancel(why, clock.now(), actor());
        ScheduleNotice notice = new ScheduleNotice(e.getId(), last.getSeq() + 1, last.getFingerprint(), last.getSchedule(), 0,
                clock.now(), actor());
        notice.setKind(NoticeLetters.CANCEL);
        notice.setDayRows(last.getDayRows());
        em.persist(notice);
        em.flush();
        LocalDate today = clock.now().atZone(e.zone()).toLocalDate();
        List<Outbox.NewMail> mails = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> byHand = new ArrayList<>();
        for (Invitation i : issuedInvitations(e)) {
            String number = letterNumbers.next(e.getUnit(), today);
            byte[] pdf = OfficialLetterPdf.render(NoticeLetters.cancel(e, i, number, today, told, why));
            NoticeLetter l = letter(e, notice, NoticeLetters.CANCEL, i, number, today, pdf);
            numbers.add(number);
            if (l.getSentTo() == null) {
                byHand.add(i.getInstitution().getName());
                continue;
            }
            String text = "Yth. Pimpinan " + i.getInstitution().getName() + ",\n\nmenindaklanjuti " + NoticeLetters.reference(i)
                    + ", bersama surel ini kami sampaikan surat Nomor " + number + " (terlampir) bahwa " + e.getTitle()
                    + " yang sedianya dilaksanakan pada:\n" + last.getSchedule() + "\n\nDIBATALKAN.\nAlasan: " + why
                    + "\n\nBerkas kalender terlampir menghapus kegiatan ini dari kalender.\n\nSalam,\nSekretariat " + e.getUnit().getName();
            mails.add(new Outbox.NewMail(CANCEL_KIND, i.getId(), l.getSentTo(), "Pembatalan: " + e.getTitle() + " \u2013 " + number,
                    text, NoticeLetters.KIND + ":" + l.getId(), EventCalendarAttachment.KIND + ":" + e.getId()));
        }
        List<Registration> regs = confirmed(e);
        for (Registration r : regs) {
            String name = Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
            String text = "Yth. " + name + ",\n\ndengan hormat kami sampaikan bahwa " + e.getTitle() + " yang sedianya dilaksanakan pada:\n"
                    + last.getSchedule() + "\n\nDIBATALKAN.\nAlasan: " + why + "\n\nTiket Anda (kode " + Tickets.display(r.getTicketCode())
                    + ") tidak berlaku lagi. Berkas kalender yang terlampir menghapus kegiatan ini dari kalender Anda."
                    + "\n\nMohon maaf atas pembatalan ini.\nSekretariat " + e.getUnit().getName();
            mails.add(new Outbox.NewMail(CANCEL_KIND, r.getId(), r.getEmail(), "Pembatalan: " + e.getTitle(), text,
                    EventCalendarAttachment.KIND + ":" + e.getId()));
        }
        List<Speaker> speakers = speakers(e);
        for (Speaker sp : speakers) {
            String text = "Yth. " + sp.displayName() + ",\n\ndengan hormat kami sampaikan bahwa " + e.getTitle()
                    + ", tempat Bapak/Ibu menjadi narasumber, yang sedianya dilaksanakan pada:\n" + last.getSchedule()
                    + "\n\nDIBATALKAN.\nAlasan: " + why + "\n\nBerkas kalender yang terlampir menghapus kegiatan ini dari kalender Anda."
                    + "\n\nMohon maaf atas pembatalan ini.\nSekretariat " + e.getUnit().getName();
            mails.add(new Outbox.NewMail(SPEAKER_KIND, sp.getId(), sp.getEmail(), "Pembatalan: " + e.getTitle(), text,
                    EventCalendarAttachment.KIND + ":" + e.getId()));
        }
        outbox.enqueueAll(mails);
        notice.setRecipients(regs.size());
        audit.record("event.cancel", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + ": " + why,
                Map.of("status", before), Map.of("status", EventStatus.CANCELLED, "reason", why, "recipients", regs.size(),
                        "speakers", speakers.size(), "letters", numbers));
        return new Sent(regs.size(), speakers.size(), numbers.size() - byHand.size(), numbers, byHand);
    }

    private List<Invitation> issuedInvitations(Event e) {
        return em.createQuery("select i from Invitation i join fetch i.institution where i.event = :e and i.letterNumber is not null"
                + " order by i.institution.name", Invitation.class).setParameter("e", e).getResultList();
    }

    private List<Registration> confirmed(Event e) {
        return em.createQuery("select r from Registration r where r.event = :e and r.status = :s order by r.id", Registration.class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getResultList();
    }

    /** The event's speakers, moderators and representatives with an email address, each once. */
    private static List<Speaker> speakers(Event e) {
        Map<Long, Speaker> out = new java.util.LinkedHashMap<>();
        for (EventSession s : e.getSessions()) {
            List<Speaker> people = new ArrayList<>();
            if (s.getModerator() != null) {
                people.add(s.getModerator());
            }
            for (SessionSpeaker sl : s.getSlots()) {
                people.add(sl.getRepresentedBy() != null ? sl.getRepresentedBy() : sl.getSpeaker());
            }
            for (Speaker p : people) {
                if (p.getEmail() != null && !p.getEmail().isBlank()) {
                    out.putIfAbsent(p.getId(), p);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Issues the letter: kept in the file store as rendered, addressed where the invitation went. */
    private NoticeLetter letter(Event e, ScheduleNotice notice, String kind, Invitation i, String number, LocalDate date, byte[] pdf) {
        NoticeLetter l = new NoticeLetter(e.getId(), notice.getId(), kind, i.getId(), number, date, letters.store(pdf), i.getSentTo(),
                clock.now());
        em.persist(l);
        em.flush();
        Map<String, Object> what = Map.of("number", number, "refersTo", i.getLetterNumber());
        if (NoticeLetters.CANCEL.equals(kind)) {
            audit.record("notice.cancelLetter", "Invitation", i.getId(), e.getUnit().getId(), number + " " + i.getInstitution().getName(),
                    null, what);
        } else {
            audit.record("notice.changeLetter", "Invitation", i.getId(), e.getUnit().getId(), number + " " + i.getInstitution().getName(),
                    null, what);
        }
        return l;
    }

    /** A notice letter as the secretariat lists it. */
    public record LetterView(long id, String kind, String number, String date, String institution, String refersTo, String sentTo) implements java.io.Serializable {
    }

    @Transactional
    public List<LetterView> letters(long eventId) {
        Event e = access.staffReadable(eventId);
        List<LetterView> out = new ArrayList<>();
        for (Object[] row : em.createQuery("select l, i from NoticeLetter l, Invitation i join fetch i.institution"
                + " where l.invitationId = i.id and l.eventId = :e order by l.id desc", Object[].class).setParameter("e", e.getId()).getResultList()) {
            NoticeLetter l = (NoticeLetter) row[0];
            Invitation i = (Invitation) row[1];
            out.add(new LetterView(l.getId(), l.getKind(), l.getLetterNumber(), IndonesianTime.shortDate(l.getLetterDate(), IndonesianTime.ID),
                    i.getInstitution().getName(), i.getLetterNumber(), l.getSentTo()));
        }
        return out;
    }

    /** A notice letter's PDF as issued, for the event's staff. */
    @Transactional
    public AttachmentSource.Attachment letterPdf(long eventId, long letterId) {
        Event e = access.staffReadable(eventId);
        NoticeLetter l = em.find(NoticeLetter.class, letterId);
        if (l == null || !l.getEventId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        return new AttachmentSource.Attachment(NoticeLetters.fileName(l), "application/pdf", letters.pdf(l));
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
