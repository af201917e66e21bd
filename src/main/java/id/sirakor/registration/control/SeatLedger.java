package id.sirakor.registration.control;

import id.sirakor.event.entity.Event;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.platform.persistence.BatchInsert;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.query.NativeQuery;

/**
 * The one place where a registration gets, keeps or gives up a seat. Every status change that
 * affects the seat count of an event, an invited institution's quota or the waitlist goes through
 * a method of this class; nothing else writes {@code registration.status},
 * {@code registration.waitlist_no}, {@code event_seat} or {@code invitation.confirmed}. Entry
 * points (the public form, a secretariat adding or approving someone, moving someone up from the
 * waitlist, an institution operator substituting a delegate, an Excel import) build or load the
 * {@link Registration} and call:
 * <ul>
 * <li>{@link #place(Registration)}: a registration that holds nothing yet (new, or a future
 * "pending" one being approved) gets a seat if the event and its institution's quota allow, else
 * the end of the waitlist;</li>
 * <li>{@link #placeAll}: the same for many new registrations of one event in one transaction
 * (group commit: one lock, one counter update, one audit append for the whole batch);</li>
 * <li>{@link #confirm(Registration)}: a seat now, out of arrival order (by hand, from the waitlist
 * or new), or {@code false} and no change when the event or the quota is full;</li>
 * <li>{@link #cancel(Registration)}: gives up what it held; a freed seat goes to the earliest
 * waiting people that fit ({@link #promote});</li>
 * <li>{@link #transfer(Registration, Registration)}: a delegate takes over another's seat (the
 * event's count does not change, so nobody on the waitlist overtakes);</li>
 * <li>{@link #promote(long)}: fills free seats from the waitlist in arrival order (call it after
 * raising an event's capacity or an invitation's quota);</li>
 * <li>{@link #recount(long)}: recomputes the counters from the rows (repair; and after creating
 * an invitation for an event that already has confirmed people of that institution).</li>
 * </ul>
 * Every method joins the caller's transaction ({@code MANDATORY}) and records the change in the
 * audit log; promotions also write the "you now have a seat" mail to the outbox.
 *
 * <h2>How a seat is decided</h2>
 * Per event one row {@code event_seat (confirmed, waitlisted, waitlist_seq)}, per invited
 * institution {@code invitation.confirmed} next to its {@code quota}. A seat is taken by
 * <pre>
 * UPDATE event_seat SET confirmed = confirmed + 1
 *  WHERE event_id = ? AND confirmed &lt; COALESCE((SELECT capacity FROM event WHERE id = ?), 2147483647)
 * UPDATE invitation SET confirmed = confirmed + 1 WHERE event_id = ? AND institution_id = ? AND confirmed &lt; quota
 * </pre>
 * The first statement both decides and locks the event's counter row until commit: whoever comes
 * next for the same event, on any node, waits there and then sees the committed count (the
 * datasource runs READ COMMITTED; a conditional UPDATE evaluates its condition on the latest
 * committed row once it holds the lock, on MariaDB/MySQL and H2 alike). Capacity and quota are
 * therefore never exceeded, whatever the concurrency. A full event puts the person on the
 * waitlist with {@code waitlist_seq + 1} as the waitlist number (arrival order) and
 * {@code waitlisted} as the place, by an UPDATE conditional on the event still being full, so a
 * seat freed in the meantime is never missed. {@link #placeAll} instead locks the counter row
 * ({@code SELECT … FOR UPDATE}) and the batch's invitations, decides the whole batch in memory
 * from the locked values in arrival order, and writes the new counter values back: the same
 * decisions as {@code place} one after another. Locks are always taken in the order event_seat,
 * invitation, registration rows, so two status changes cannot deadlock each other. Keep the
 * call late in the transaction: the event's counter row stays locked until commit.
 */
@ApplicationScoped
public class SeatLedger {

    private static final String UNLIMITED = "2147483647";
    private static final String CAPACITY = "COALESCE((SELECT e.capacity FROM event e WHERE e.id = ?1), " + UNLIMITED + ")";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    SeatLedger self;

    /** Events whose counter row is known to exist (it is never deleted). */
    private final Set<Long> countersExist = ConcurrentHashMap.newKeySet();

    /** Where {@link #place} put a registration; the place is 1-based and only for the waitlist. */
    public record Placement(RegistrationStatus status, Integer waitlistPosition) {
    }

    /**
     * A seat if the event has one free and the institution's quota (if it is invited) allows,
     * else the end of the waitlist. {@code r} must hold nothing: new (not yet persisted; it is
     * persisted here, with its decided status) or a managed row in a status that holds nothing.
     * Audited as {@code registration.confirmed} or {@code registration.waitlisted}.
     */
    @Transactional(TxType.MANDATORY)
    public Placement place(Registration r) {
        long eventId = eventId(r);
        ensureCounters(eventId);
        if (r.getId() != null) {
            lock(eventId);
            em.refresh(r);
            if (r.getStatus() == RegistrationStatus.CONFIRMED || r.getStatus() == RegistrationStatus.WAITLISTED) {
                throw new IllegalStateException("registration " + r.getId() + " already holds " + r.getStatus());
            }
        }
        Placement p = null;
        while (p == null) {
            if (claimSeat(eventId)) { // holds the event's counter row from here on
                if (claimQuota(eventId, r.getInstitution())) {
                    p = new Placement(RegistrationStatus.CONFIRMED, null);
                } else {
                    unclaimSeat(eventId);
                    p = waitlist(r, enqueue(eventId, false));
                }
            } else {
                long[] w = enqueue(eventId, true);
                if (w != null) {
                    p = waitlist(r, w);
                } // else a seat was freed between the two statements: try again
            }
        }
        if (p.status() == RegistrationStatus.CONFIRMED) {
            r.setWaitlistNo(null); // a number only while waiting (a row retried after a rollback may carry one)
        }
        r.setStatus(p.status());
        r.setUpdatedAt(clock.now());
        if (r.getId() == null) {
            em.persist(r);
        }
        record("registration." + p.status().name().toLowerCase(), r, eventId);
        return p;
    }

    /** A new registration for {@link #placeAll}, with whoever submitted it (for the audit row). */
    public record Arrival(Registration registration, AuditLog.Actor actor) {
    }

    /** Called by {@link #placeAll} once all registrations are inserted with their ids, before the audit rows. */
    @FunctionalInterface
    public interface Placed {
        void placed(List<Registration> registrations, List<Placement> placements);
    }

    /**
     * Group commit: decides new registrations of one event, in list order, exactly as
     * {@link #place} one after another would, but with one lock of the counter row, one read of
     * the capacity and the batch's invitations, one write of each counter and one audit append
     * ({@code registration.confirmed}/{@code .waitlisted}, with each arrival's actor) at the end.
     * The registrations are inserted with their decided status in one JDBC batch
     * ({@link BatchInsert}; their ids are set, they do not become managed), then {@code placed} is
     * called once (write their mails there: before the audit append, which holds the chain's lock
     * until commit).
     */
    @Transactional(TxType.MANDATORY)
    public List<Placement> placeAll(long eventId, List<Arrival> arrivals, Placed placed) {
        if (arrivals.isEmpty()) {
            return List.of();
        }
        ensureCounters(eventId);
        Object[] counters = (Object[]) query("SELECT confirmed, waitlisted, waitlist_seq FROM event_seat WHERE event_id = ?1 FOR UPDATE",
                "event_seat", eventId).getSingleResult();
        long confirmed = ((Number) counters[0]).longValue();
        long waitlisted = ((Number) counters[1]).longValue();
        long seq = ((Number) counters[2]).longValue();
        // read after taking the lock: READ COMMITTED sees the capacity committed last
        Object[] event = (Object[]) query("SELECT capacity, unit_id FROM event WHERE id = ?1", "event", eventId).getSingleResult();
        long capacity = event[0] == null ? Long.MAX_VALUE : ((Number) event[0]).longValue();
        Long unitId = ((Number) event[1]).longValue();
        java.util.Set<Long> institutionIds = new java.util.TreeSet<>();
        for (Arrival a : arrivals) {
            if (a.registration().getInstitution() != null) {
                institutionIds.add(a.registration().getInstitution().getId());
            }
        }
        Map<Long, long[]> quotas = new java.util.HashMap<>(); // institution -> {quota, confirmed, confirmed as read}
        if (!institutionIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query("SELECT institution_id, quota, confirmed FROM invitation WHERE event_id = ?1"
                    + " AND institution_id IN (?2) ORDER BY institution_id FOR UPDATE", "invitation", eventId, institutionIds).getResultList();
            for (Object[] row : rows) {
                long used = ((Number) row[2]).longValue();
                quotas.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(), used, used});
            }
        }
        long confirmedBefore = confirmed;
        long waitlistedBefore = waitlisted;
        List<Registration> registrations = new ArrayList<>(arrivals.size());
        List<Placement> out = new ArrayList<>(arrivals.size());
        java.time.Instant now = clock.now();
        for (Arrival a : arrivals) {
            Registration r = a.registration();
            long[] quota = r.getInstitution() == null ? null : quotas.get(r.getInstitution().getId());
            Placement p;
            if (confirmed < capacity && (quota == null || quota[1] < quota[0])) {
                confirmed++;
                if (quota != null) {
                    quota[1]++;
                }
                // A group decided again one by one (after a unique-key clash rolled the batch back)
                // brings rows that were numbered in the rolled-back attempt: a seat clears it.
                r.setWaitlistNo(null);
                p = new Placement(RegistrationStatus.CONFIRMED, null);
            } else {
                waitlisted++;
                seq++;
                r.setWaitlistNo(seq);
                p = new Placement(RegistrationStatus.WAITLISTED, Math.toIntExact(waitlisted));
            }
            r.setStatus(p.status());
            r.setUpdatedAt(now);
            registrations.add(r);
            out.add(p);
        }
        BatchInsert.insert(em, Registration.class, registrations, "idempotencyKey");
        placed.placed(registrations, out);
        List<AuditLog.Entry> entries = new ArrayList<>(arrivals.size());
        for (int i = 0; i < arrivals.size(); i++) {
            Registration r = registrations.get(i);
            entries.add(new AuditLog.Entry("registration." + r.getStatus().name().toLowerCase(), "Registration", r.getId(), unitId,
                    r.getName(), null, Map.of("eventId", eventId, "status", r.getStatus()), arrivals.get(i).actor()));
        }
        if (confirmed != confirmedBefore || waitlisted != waitlistedBefore) {
            update("UPDATE event_seat SET confirmed = ?2, waitlisted = ?3, waitlist_seq = ?4 WHERE event_id = ?1", "event_seat",
                    eventId, confirmed, waitlisted, seq);
        }
        for (Map.Entry<Long, long[]> q : quotas.entrySet()) {
            if (q.getValue()[1] != q.getValue()[2]) {
                update("UPDATE invitation SET confirmed = ?3 WHERE event_id = ?1 AND institution_id = ?2", "invitation",
                        eventId, q.getKey(), q.getValue()[1]);
            }
        }
        audit.recordAll(entries);
        return out;
    }

    /**
     * A seat now, out of arrival order, for a registration that holds none (new, or waiting):
     * {@code true} if it is (or already was) confirmed, {@code false} and nothing changed if the
     * event or the institution's quota is full. Audited as {@code registration.confirmed}.
     */
    @Transactional(TxType.MANDATORY)
    public boolean confirm(Registration r) {
        long eventId = eventId(r);
        ensureCounters(eventId);
        lock(eventId);
        if (r.getId() != null) {
            em.refresh(r);
            if (r.getStatus() == RegistrationStatus.CONFIRMED) {
                return true;
            }
        }
        boolean waiting = r.getStatus() == RegistrationStatus.WAITLISTED;
        if (!claimSeat(eventId)) {
            return false;
        }
        if (!claimQuota(eventId, r.getInstitution())) {
            unclaimSeat(eventId);
            return false;
        }
        if (waiting) {
            dequeue(eventId);
        }
        r.setStatus(RegistrationStatus.CONFIRMED);
        r.setUpdatedAt(clock.now());
        if (r.getId() == null) {
            em.persist(r);
        }
        record("registration.confirmed", r, eventId);
        return true;
    }

    /**
     * Cancels: a confirmed registration frees its seat (and its institution's quota) and the
     * earliest waiting people that fit are promoted; a waiting one leaves the waitlist. Already
     * cancelled: nothing happens. Returns the promoted registrations. Audited as
     * {@code registration.cancel} (and {@code registration.promote} for each promoted person).
     */
    @Transactional(TxType.MANDATORY)
    public List<Registration> cancel(Registration r) {
        long eventId = eventId(r);
        ensureCounters(eventId);
        lock(eventId);
        em.refresh(r);
        RegistrationStatus was = r.getStatus();
        if (was == RegistrationStatus.CANCELLED || was == RegistrationStatus.SUBSTITUTED) {
            return List.of();
        }
        if (was == RegistrationStatus.CONFIRMED) {
            unclaimSeat(eventId);
            unclaimQuota(eventId, r.getInstitution());
        } else if (was == RegistrationStatus.WAITLISTED) {
            dequeue(eventId);
        }
        r.setStatus(RegistrationStatus.CANCELLED);
        r.setUpdatedAt(clock.now());
        record("registration.cancel", r, eventId);
        return was == RegistrationStatus.CONFIRMED ? promoteLocked(eventId) : List.of();
    }

    /**
     * A substitution: {@code successor} takes over {@code holder}'s seat. The holder becomes SUBSTITUTED,
     * the successor (new, or a managed registration holding nothing or waiting, of the same event)
     * is confirmed; the event's count does not change. If they belong to different institutions,
     * the quota moves too: {@code false} and nothing changed when the successor's institution has
     * no quota left, or when the holder holds no seat (any more).
     * Audited as {@code registration.transfer} on both.
     */
    @Transactional(TxType.MANDATORY)
    public boolean transfer(Registration holder, Registration successor) {
        long eventId = eventId(holder);
        if (eventId != eventId(successor)) {
            throw new IllegalArgumentException("a seat is transferred within one event");
        }
        ensureCounters(eventId);
        lock(eventId);
        em.refresh(holder);
        if (successor.getId() != null) {
            em.refresh(successor);
        }
        if (holder.getStatus() != RegistrationStatus.CONFIRMED || successor.getStatus() == RegistrationStatus.CONFIRMED) {
            return false;
        }
        Long from = holder.getInstitution() == null ? null : holder.getInstitution().getId();
        Long to = successor.getInstitution() == null ? null : successor.getInstitution().getId();
        if (!java.util.Objects.equals(from, to)) {
            if (!claimQuota(eventId, successor.getInstitution())) {
                return false;
            }
            unclaimQuota(eventId, holder.getInstitution());
        }
        if (successor.getStatus() == RegistrationStatus.WAITLISTED) {
            dequeue(eventId);
        }
        holder.setStatus(RegistrationStatus.SUBSTITUTED);
        holder.setUpdatedAt(clock.now());
        successor.setStatus(RegistrationStatus.CONFIRMED);
        successor.setUpdatedAt(clock.now());
        if (successor.getId() == null) {
            em.persist(successor);
        }
        em.flush();
        audit.record("registration.transfer", "Registration", holder.getId(), unitId(holder), holder.getName(), null,
                Map.of("eventId", eventId, "status", RegistrationStatus.SUBSTITUTED, "seatTo", successor.getId()));
        audit.record("registration.transfer", "Registration", successor.getId(), unitId(successor), successor.getName(), null,
                Map.of("eventId", eventId, "status", RegistrationStatus.CONFIRMED, "seatFrom", holder.getId()));
        return true;
    }

    /**
     * Fills free seats from the waitlist, earliest waitlist number first, skipping people whose
     * institution has used its quota. Returns the promoted registrations (each audited as
     * {@code registration.promote} and told by mail).
     */
    @Transactional(TxType.MANDATORY)
    public List<Registration> promote(long eventId) {
        ensureCounters(eventId);
        lock(eventId);
        return promoteLocked(eventId);
    }

    /** Recomputes the event's counters and its invitations' counters from the registration rows. */
    @Transactional(TxType.MANDATORY)
    public void recount(long eventId) {
        ensureCounters(eventId);
        lock(eventId);
        em.flush();
        update("UPDATE event_seat SET"
                + " confirmed = (SELECT COUNT(*) FROM registration r WHERE r.event_id = ?1 AND r.status = 'CONFIRMED'),"
                + " waitlisted = (SELECT COUNT(*) FROM registration r WHERE r.event_id = ?1 AND r.status = 'WAITLISTED'),"
                + " waitlist_seq = GREATEST(waitlist_seq, COALESCE((SELECT MAX(r.waitlist_no) FROM registration r WHERE r.event_id = ?1), 0))"
                + " WHERE event_id = ?1", "event_seat", eventId);
        update("UPDATE invitation SET confirmed = (SELECT COUNT(*) FROM registration r WHERE r.event_id = invitation.event_id"
                + " AND r.institution_id = invitation.institution_id AND r.status = 'CONFIRMED') WHERE event_id = ?1", "invitation", eventId);
        audit.record("registration.recount", "Event", eventId, null, null, null, Map.of("eventId", eventId));
    }

    /** The counters of an event: confirmed, waitlisted (for pages and checks; not a decision). */
    @Transactional
    public long[] counters(long eventId) {
        List<?> rows = em.createNativeQuery("SELECT confirmed, waitlisted FROM event_seat WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList();
        if (rows.isEmpty()) {
            return new long[] {0, 0};
        }
        Object[] row = (Object[]) rows.get(0);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Creates an event's counter row from its registrations, in a transaction of its own. Internal. */
    @Transactional(TxType.REQUIRES_NEW)
    public void createCounters(long eventId) {
        em.createNativeQuery("INSERT INTO event_seat (event_id, confirmed, waitlisted, waitlist_seq) SELECT e.id,"
                        + " (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'CONFIRMED'),"
                        + " (SELECT COUNT(*) FROM registration r WHERE r.event_id = e.id AND r.status = 'WAITLISTED'),"
                        + " COALESCE((SELECT MAX(r.waitlist_no) FROM registration r WHERE r.event_id = e.id), 0)"
                        + " FROM event e WHERE e.id = ?1 AND NOT EXISTS (SELECT 1 FROM event_seat s WHERE s.event_id = e.id)")
                .setParameter(1, eventId).executeUpdate();
    }

    // ---- internals: always event_seat first, then invitation, then registration rows ----

    private List<Registration> promoteLocked(long eventId) {
        List<Registration> promoted = new ArrayList<>();
        if (em.createQuery("select count(e) from Event e where e.id = :e and e.status = :c", Long.class).setParameter("e", eventId)
                .setParameter("c", id.sirakor.event.entity.EventStatus.CANCELLED).getSingleResult() > 0) {
            return promoted; // nobody is promoted into a cancelled event
        }
        RegistrationMails.EventText text = null;
        while (true) {
            List<Registration> next = em.createQuery("select r from Registration r where r.event.id = :e and r.status = :w"
                            + " and not exists (select i.id from Invitation i where i.event.id = :e and i.institution = r.institution"
                            + " and i.confirmed >= i.quota) order by r.waitlistNo, r.id", Registration.class)
                    .setParameter("e", eventId).setParameter("w", RegistrationStatus.WAITLISTED).setMaxResults(1).getResultList();
            if (next.isEmpty() || !claimSeat(eventId)) {
                return promoted;
            }
            Registration w = next.get(0);
            if (!claimQuota(eventId, w.getInstitution())) { // a quota lowered meanwhile: the query skips them now
                unclaimSeat(eventId);
                continue;
            }
            dequeue(eventId);
            w.setStatus(RegistrationStatus.CONFIRMED);
            w.setUpdatedAt(clock.now());
            record("registration.promote", w, eventId);
            if (text == null) {
                text = RegistrationMails.eventText(eventWithDays(eventId));
            }
            RegistrationMails.Mail mail = RegistrationMails.promoted(text, RegistrationMails.displayName(w));
            outbox.enqueue("registration.promoted", w.getId(), w.getEmail(), mail.subject(), mail.text(),
                    Tickets.confirmationAttachments(w.getId(), eventId));
            promoted.add(w);
        }
    }

    private Event eventWithDays(long eventId) {
        return em.createQuery("select e from Event e where e.id = :id", Event.class)
                .setHint("jakarta.persistence.fetchgraph", RegistrationMails.eventGraph(em)).setParameter("id", eventId).getSingleResult();
    }

    private void ensureCounters(long eventId) {
        if (countersExist.contains(eventId)) {
            return;
        }
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM event_seat WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult();
        if (n.longValue() == 0) {
            try {
                self.createCounters(eventId);
            } catch (RuntimeException e) {
                // another transaction created it at the same moment: the row is there either way
            }
        }
        countersExist.add(eventId);
    }

    /**
     * Takes the event's counter row lock for an entry point that checks something of its own
     * first (the same person registered already, an institution's named delegates) and then calls
     * a method of this class in the same transaction; the lock is held until commit.
     */
    @Transactional(TxType.MANDATORY)
    public void lockEvent(long eventId) {
        ensureCounters(eventId);
        lock(eventId);
    }

    /** Takes the event's counter row lock (for decisions that read a registration's status first). */
    private void lock(long eventId) {
        query("SELECT confirmed FROM event_seat WHERE event_id = ?1 FOR UPDATE", "event_seat", eventId).getResultList();
    }

    private boolean claimSeat(long eventId) {
        return update("UPDATE event_seat SET confirmed = confirmed + 1 WHERE event_id = ?1 AND confirmed < " + CAPACITY,
                "event_seat", eventId) == 1;
    }

    private void unclaimSeat(long eventId) {
        update("UPDATE event_seat SET confirmed = confirmed - 1 WHERE event_id = ?1", "event_seat", eventId);
    }

    /**
     * The next waitlist number and place: {waitlist number, place}; with {@code onlyIfFull}, null
     * when a seat is free after all (the caller then claims it).
     */
    private long[] enqueue(long eventId, boolean onlyIfFull) {
        int n = update("UPDATE event_seat SET waitlisted = waitlisted + 1, waitlist_seq = waitlist_seq + 1 WHERE event_id = ?1"
                + (onlyIfFull ? " AND confirmed >= " + CAPACITY : ""), "event_seat", eventId);
        if (n == 0) {
            return null;
        }
        Object[] row = (Object[]) query("SELECT waitlist_seq, waitlisted FROM event_seat WHERE event_id = ?1", "event_seat", eventId)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private void dequeue(long eventId) {
        update("UPDATE event_seat SET waitlisted = waitlisted - 1 WHERE event_id = ?1", "event_seat", eventId);
    }

    /** True if the institution is not invited (no quota) or its quota had room, now taken. */
    private boolean claimQuota(long eventId, Institution institution) {
        if (institution == null) {
            return true;
        }
        if (update("UPDATE invitation SET confirmed = confirmed + 1 WHERE event_id = ?1 AND institution_id = ?2 AND confirmed < quota",
                "invitation", eventId, institution.getId()) == 1) {
            return true;
        }
        Number invited = (Number) query("SELECT COUNT(*) FROM invitation WHERE event_id = ?1 AND institution_id = ?2", "invitation",
                eventId, institution.getId()).getSingleResult();
        return invited.longValue() == 0;
    }

    private void unclaimQuota(long eventId, Institution institution) {
        if (institution != null) {
            update("UPDATE invitation SET confirmed = confirmed - 1 WHERE event_id = ?1 AND institution_id = ?2 AND confirmed > 0",
                    "invitation", eventId, institution.getId());
        }
    }

    private static Placement waitlist(Registration r, long[] numberAndPlace) {
        r.setWaitlistNo(numberAndPlace[0]);
        return new Placement(RegistrationStatus.WAITLISTED, Math.toIntExact(numberAndPlace[1]));
    }

    private void record(String action, Registration r, long eventId) {
        audit.record(action, "Registration", r.getId(), unitId(r), r.getName(), null,
                Map.of("eventId", eventId, "status", r.getStatus()));
    }

    private static long eventId(Registration r) {
        return r.getEvent().getId();
    }

    private static Long unitId(Registration r) {
        return r.getEvent().getUnit().getId();
    }

    /** A native statement that tells Hibernate which table it touches, so it flushes only what matters. */
    private Query query(String sql, String table, Object... params) {
        Query q = em.createNativeQuery(sql);
        q.unwrap(NativeQuery.class).addSynchronizedQuerySpace(table);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }

    private int update(String sql, String table, Object... params) {
        return query(sql, table, params).executeUpdate();
    }
}
