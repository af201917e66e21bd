package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.onsite.entity.PrecedenceRank;
import id.sirakor.onsite.entity.SeatGuest;
import id.sirakor.onsite.entity.SeatingLayout;
import id.sirakor.onsite.entity.SeatingPlan;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.document.PlaceCardPdf;
import id.sirakor.platform.document.PlanDrawing;
import id.sirakor.platform.document.PlanPdf;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Protocol seating of an event: the officials, their precedence from the organizer unit's list
 * (or the documented defaults), the layout, and the outputs (SVG, PDF plan, place cards).
 */
@ApplicationScoped
@Transactional
public class SeatingService {

    public static final int NAME_MAX = 200;
    public static final int POSITION_MAX = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    OnsiteAccess access;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    public record GuestData(String name, String position, String precedence, String representativeName,
                            String representativePosition) {
    }

    public record GuestView(long id, String name, String position, String precedence, String precedenceLabel, int order,
                            String representativeName, String representativePosition, String seatedName, String seatedLine) implements java.io.Serializable {
    }

    public record PlanView(SeatingLayout layout, int seatsPerRow, List<GuestView> guests, String svg, boolean editable,
                           List<Protocol.Rank> precedence, boolean defaultPrecedence) implements java.io.Serializable {
    }

    public record LayoutData(SeatingLayout layout, Integer seatsPerRow) {
    }

    // ---- precedence list ----------------------------------------------------------------

    /** The unit's own list, or the defaults when it has none. */
    public List<Protocol.Rank> precedence(long unitId) {
        List<Protocol.Rank> own = em.createQuery("select p from PrecedenceRank p where p.unitId = :u order by p.rank, p.code",
                PrecedenceRank.class).setParameter("u", unitId).getResultList().stream()
                .map(p -> new Protocol.Rank(p.getCode(), p.getLabel(), p.getRank())).toList();
        return own.isEmpty() ? Protocol.DEFAULTS : own;
    }

    public List<Protocol.Rank> readPrecedence(long unitId) {
        scope.requireStaff();
        OrgUnit u = em.find(OrgUnit.class, unitId);
        if (u == null || !scope.canRead(u)) {
            throw BusinessException.notFound("error.notFound");
        }
        return precedence(unitId);
    }

    private String precedenceLabel(long unitId, String code) {
        return precedence(unitId).stream().filter(r -> r.code().equals(code)).map(Protocol.Rank::label).findFirst().orElse(code);
    }

    /** A unit's order of precedence for its page: the list, whether it is the unit's own, whether the caller may change it. */
    public record PrecedenceList(long unitId, String unitName, List<Protocol.Rank> ranks, boolean own, boolean writable) {
    }

    public PrecedenceList precedenceList(long unitId) {
        List<Protocol.Rank> ranks = readPrecedence(unitId);
        OrgUnit u = em.find(OrgUnit.class, unitId);
        return new PrecedenceList(unitId, u.getName(), ranks, ranks != Protocol.DEFAULTS, scope.isStaff() && scope.canWrite(u));
    }

    /** Replaces the unit's list (an empty list returns to the defaults). */
    public List<Protocol.Rank> savePrecedence(long unitId, List<Protocol.Rank> ranks) {
        scope.requireStaff();
        OrgUnit u = em.find(OrgUnit.class, unitId);
        if (u == null || !scope.canRead(u)) {
            throw BusinessException.notFound("error.notFound");
        }
        scope.requireWritable(u);
        if (ranks == null || ranks.size() > 100) {
            throw BusinessException.invalid("ranks", "precedence.size");
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Protocol.Rank r : ranks) {
            if (r == null || r.code() == null || !r.code().matches("[A-Z0-9_]{1,40}")) {
                throw BusinessException.invalid("code", "precedence.code");
            }
            if (r.label() == null || r.label().isBlank()) {
                throw BusinessException.invalid("label", "validation.required");
            }
            RundownService.length("label", r.label(), 200);
            if (r.rank() < 0 || r.rank() > 10000) {
                throw BusinessException.invalid("rank", "precedence.rank");
            }
            if (!codes.add(r.code())) {
                throw BusinessException.invalid("code", "precedence.duplicate", r.code());
            }
        }
        // a rank still given to an official of one of the unit's events stays in the list
        List<Protocol.Rank> after = ranks.isEmpty() ? Protocol.DEFAULTS : ranks;
        for (Object[] used : em.createQuery("select distinct g.precedenceCode, e.title from SeatGuest g, Event e"
                + " where e.id = g.eventId and e.unit.id = :u order by e.title", Object[].class).setParameter("u", unitId).getResultList()) {
            if (after.stream().noneMatch(r -> r.code().equals(used[0]))) {
                throw BusinessException.invalid("code", "precedence.inUse", precedenceLabel(unitId, (String) used[0]), used[1]);
            }
        }
        List<Protocol.Rank> before = precedence(unitId);
        em.createQuery("delete from PrecedenceRank p where p.unitId = :u").setParameter("u", unitId).executeUpdate();
        for (Protocol.Rank r : ranks) {
            em.persist(new PrecedenceRank(unitId, r.code(), r.label().trim(), r.rank()));
        }
        audit.record("precedence.save", "OrgUnit", unitId, unitId, u.getName() + ": " + ranks.size(),
                Map.of("ranks", before.size()), Map.of("ranks", ranks.size()));
        return precedence(unitId);
    }

    // ---- the plan --------------------------------------------------------------------------

    private SeatingPlan planOf(long eventId) {
        SeatingPlan p = em.find(SeatingPlan.class, eventId);
        return p == null ? new SeatingPlan(eventId, SeatingLayout.THEATRE, 7) : p;
    }

    private List<SeatGuest> guests(long eventId) {
        return em.createQuery("select g from SeatGuest g where g.eventId = :e order by g.sortHint, g.id", SeatGuest.class)
                .setParameter("e", eventId).getResultList();
    }

    record Arranged(Event event, SeatingPlan plan, List<Protocol.Placed> placed, Map<String, Protocol.Rank> ranks) {
    }

    private Arranged arranged(Event e) {
        List<Protocol.Rank> list = precedence(e.getUnit().getId());
        Map<String, Protocol.Rank> ranks = new HashMap<>();
        list.forEach(r -> ranks.put(r.code(), r));
        SeatingPlan plan = planOf(e.getId());
        List<Protocol.Guest> gs = new ArrayList<>();
        for (SeatGuest g : guests(e.getId())) {
            Protocol.Rank r = ranks.get(g.getPrecedenceCode());
            gs.add(new Protocol.Guest(g.getId(), g.getName(), g.getPosition(), r == null ? Integer.MAX_VALUE : r.rank(),
                    g.getRepresentativeName(), g.getRepresentativePosition(), g.getSortHint()));
        }
        return new Arranged(e, plan, Protocol.arrange(plan.getLayout(), gs, plan.getSeatsPerRow()), ranks);
    }

    public PlanView plan(long eventId) {
        Event e = access.readable(eventId);
        Arranged a = arranged(e);
        Map<Long, SeatGuest> byId = new HashMap<>();
        guests(eventId).forEach(g -> byId.put(g.getId(), g));
        List<GuestView> views = a.placed().stream().map(p -> {
            SeatGuest g = byId.get(p.guest().id());
            Protocol.Rank r = a.ranks().get(g.getPrecedenceCode());
            return new GuestView(g.getId(), g.getName(), g.getPosition(), g.getPrecedenceCode(), r == null ? g.getPrecedenceCode() : r.label(),
                    p.order(), g.getRepresentativeName(), g.getRepresentativePosition(), p.guest().seatedName(), p.guest().seatedLine());
        }).toList();
        List<Protocol.Rank> list = precedence(e.getUnit().getId());
        String svg = SeatingDrawings.svg(SeatingDrawings.drawing(e.getTitle(), a.plan().getLayout(), a.plan().getSeatsPerRow(), a.placed()));
        return new PlanView(a.plan().getLayout(), a.plan().getSeatsPerRow(), views, svg,
                scope.isStaff() && scope.canManage(e.getUnit()), list, list == Protocol.DEFAULTS);
    }

    public String svg(long eventId) {
        return plan(eventId).svg();
    }

    public byte[] pdf(long eventId) {
        Event e = access.readable(eventId);
        Arranged a = arranged(e);
        PlanDrawing d = SeatingDrawings.drawing(e.getTitle(), a.plan().getLayout(), a.plan().getSeatsPerRow(), a.placed());
        return PlanPdf.render(d, e.getUnit().getName());
    }

    public byte[] placeCards(long eventId) {
        Event e = access.readable(eventId);
        List<PlaceCardPdf.Card> cards = arranged(e).placed().stream()
                .map(p -> new PlaceCardPdf.Card(p.guest().seatedName(), p.guest().seatedLine())).toList();
        return PlaceCardPdf.render(e.getTitle(), e.getUnit().getName(), cards);
    }

    public void setLayout(long eventId, LayoutData d) {
        Event e = access.writable(eventId);
        if (d == null || d.layout() == null) {
            throw BusinessException.invalid("layout", "validation.required");
        }
        int n = d.seatsPerRow() == null ? 7 : d.seatsPerRow();
        if (n < 2 || n > 20) {
            throw BusinessException.invalid("seatsPerRow", "seating.seatsPerRow");
        }
        SeatingPlan p = em.find(SeatingPlan.class, eventId);
        Map<String, Object> before = p == null ? null : Map.of("layout", p.getLayout().name(), "seatsPerRow", p.getSeatsPerRow());
        if (p == null) {
            em.persist(new SeatingPlan(eventId, d.layout(), n));
        } else {
            p.setLayout(d.layout());
            p.setSeatsPerRow(n);
        }
        audit.record("seating.layout", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + ": " + d.layout() + " " + n, before,
                Map.of("layout", d.layout().name(), "seatsPerRow", n));
    }

    public GuestView addGuest(long eventId, GuestData d) {
        Event e = access.writable(eventId);
        validate(e, d);
        SeatGuest g = new SeatGuest();
        g.setEventId(eventId);
        apply(g, d);
        Integer max = em.createQuery("select max(g.sortHint) from SeatGuest g where g.eventId = :e", Integer.class)
                .setParameter("e", eventId).getSingleResult();
        g.setSortHint(max == null ? 1 : max + 1);
        em.persist(g);
        em.flush();
        audit.record("seating.guest.add", "SeatGuest", g.getId(), e.getUnit().getId(), e.getTitle() + ": " + g.getName(), null,
                g.snapshot());
        return view(eventId, g.getId());
    }

    public GuestView updateGuest(long eventId, long guestId, GuestData d) {
        Event e = access.writable(eventId);
        SeatGuest g = guest(eventId, guestId);
        validate(e, d);
        Map<String, Object> before = g.snapshot();
        apply(g, d);
        audit.record("seating.guest.update", "SeatGuest", g.getId(), e.getUnit().getId(), e.getTitle() + ": " + g.getName(), before,
                g.snapshot());
        return view(eventId, g.getId());
    }

    public void removeGuest(long eventId, long guestId) {
        Event e = access.writable(eventId);
        SeatGuest g = guest(eventId, guestId);
        audit.record("seating.guest.remove", "SeatGuest", g.getId(), e.getUnit().getId(), e.getTitle() + ": " + g.getName(),
                g.snapshot(), null);
        em.remove(g);
    }

    private GuestView view(long eventId, long guestId) {
        return plan(eventId).guests().stream().filter(v -> v.id() == guestId).findFirst().orElseThrow();
    }

    private SeatGuest guest(long eventId, long guestId) {
        SeatGuest g = em.find(SeatGuest.class, guestId);
        if (g == null || !g.getEventId().equals(eventId)) {
            throw BusinessException.notFound("error.notFound");
        }
        return g;
    }

    private void validate(Event e, GuestData d) {
        if (d == null || d.name() == null || d.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        RundownService.length("name", d.name(), NAME_MAX);
        if (d.position() == null || d.position().isBlank()) {
            throw BusinessException.invalid("position", "validation.required");
        }
        RundownService.length("position", d.position(), POSITION_MAX);
        if (d.precedence() == null || precedence(e.getUnit().getId()).stream().noneMatch(r -> r.code().equals(d.precedence()))) {
            throw BusinessException.invalid("precedence", "seating.precedence");
        }
        RundownService.length("representativeName", d.representativeName(), NAME_MAX);
        RundownService.length("representativePosition", d.representativePosition(), POSITION_MAX);
    }

    private static void apply(SeatGuest g, GuestData d) {
        g.setName(d.name().trim());
        g.setPosition(d.position().trim());
        g.setPrecedenceCode(d.precedence());
        g.setRepresentativeName(RundownService.blank(d.representativeName()));
        g.setRepresentativePosition(g.getRepresentativeName() == null ? null : RundownService.blank(d.representativePosition()));
    }
}
