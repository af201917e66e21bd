package id.sirakor.lodging.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.lodging.control.RoomPlanner.Guest;
import id.sirakor.lodging.control.RoomPlanner.Room;
import id.sirakor.lodging.control.RoomPlanner.RoomType;
import id.sirakor.lodging.entity.Lodging;
import id.sirakor.lodging.entity.RoomAssignment;
import id.sirakor.lodging.entity.RoomBlock;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.venue.entity.Venue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Venue logistics of an event: hotel room blocks, who needs a room, the room plan and the rooming
 * list for the hotel. Staff of the event's unit change it (staff of the units above read it); a
 * participant changes their own stay through the personal link.
 */
@ApplicationScoped
@Transactional
public class LodgingService {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    public static final int MAX_ROOMS = 500;
    private static final Pattern ROOM_NO = Pattern.compile("[A-Za-z0-9-]{1,10}");

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    PersonalDataCipher cipher;

    public record BlockData(Long venueId, LocalDate checkIn, LocalDate checkOut, Integer singleRooms, Integer twinRooms,
                            Long singlePrice, Long twinPrice, LocalDate releaseOn) {
    }

    public record LodgingData(Boolean needsRoom, LocalDate arrivalOn, LocalDate departureOn, String gender, String travelMode,
                              String arrivalTime, Boolean pickup) {
    }

    /** A confirmed participant and their stay. {@code gender} 'L'/'P' or null; {@code genderStated} when said, not derived. */
    public record GuestRow(long id, String name, String institution, String institutionRegion, boolean needsRoom, String decidedBy,
                           LocalDate arrivalOn, LocalDate departureOn, Character gender, boolean genderStated, String travelMode,
                           String arrivalTime, boolean pickup, Long blockId, String room) implements java.io.Serializable {
    }

    public record RoomRow(String no, RoomType type, List<GuestRow> guests) {
    }

    public record BlockView(RoomBlock block, List<RoomRow> rooms, List<RoomPlanner.Conflict> conflicts, List<GuestRow> waiting,
                            List<RoomingList.Difference> changes) implements java.io.Serializable {
    }

    // ---- blocks ----------------------------------------------------------------------------------

    public List<RoomBlock> blocks(long eventId) {
        Event e = readable(eventId);
        List<RoomBlock> list = em.createQuery("select b from RoomBlock b join fetch b.venue where b.event = :e order by b.id",
                RoomBlock.class).setParameter("e", e).getResultList();
        return list;
    }

    public RoomBlock addBlock(long eventId, BlockData d) {
        Event e = writable(eventId);
        RoomBlock b = new RoomBlock();
        b.setEvent(e);
        apply(b, d);
        b.setCreatedAt(clock.now());
        em.persist(b);
        em.flush();
        audit.record("lodging.addBlock", "RoomBlock", b.getId(), e.getUnit().getId(), b.getVenue().getName(), null, b.snapshot());
        return b;
    }

    public RoomBlock updateBlock(long eventId, long blockId, BlockData d) {
        RoomBlock b = block(eventId, blockId, true);
        Map<String, Object> before = b.snapshot();
        apply(b, d);
        audit.record("lodging.updateBlock", "RoomBlock", b.getId(), b.getEvent().getUnit().getId(), b.getVenue().getName(), before,
                b.snapshot());
        return b;
    }

    private void apply(RoomBlock b, BlockData d) {
        if (d == null || d.venueId() == null) {
            throw BusinessException.invalid("venueId", "validation.required");
        }
        Venue v = em.find(Venue.class, d.venueId());
        if (v == null || !v.isActive()) {
            throw BusinessException.invalid("venueId", "lodging.venueUnknown");
        }
        if (d.checkIn() == null) {
            throw BusinessException.invalid("checkIn", "validation.required");
        }
        if (d.checkOut() == null) {
            throw BusinessException.invalid("checkOut", "validation.required");
        }
        if (!d.checkOut().isAfter(d.checkIn()) || d.checkOut().isAfter(d.checkIn().plusDays(30))) {
            throw BusinessException.invalid("checkOut", "lodging.nightsInvalid");
        }
        int singles = d.singleRooms() == null ? 0 : d.singleRooms();
        int twins = d.twinRooms() == null ? 0 : d.twinRooms();
        if (singles < 0 || twins < 0 || singles + twins < 1 || singles + twins > MAX_ROOMS) {
            throw BusinessException.invalid("twinRooms", "lodging.roomsInvalid", MAX_ROOMS);
        }
        if ((d.singlePrice() != null && (d.singlePrice() < 0 || d.singlePrice() > 100_000_000L))
                || (d.twinPrice() != null && (d.twinPrice() < 0 || d.twinPrice() > 100_000_000L))) {
            throw BusinessException.invalid("twinPrice", "lodging.priceInvalid");
        }
        if (d.releaseOn() != null && d.releaseOn().isAfter(d.checkIn())) {
            throw BusinessException.invalid("releaseOn", "lodging.releaseAfterCheckIn");
        }
        b.setVenue(v);
        b.setCheckIn(d.checkIn());
        b.setCheckOut(d.checkOut());
        b.setSingleRooms(singles);
        b.setTwinRooms(twins);
        b.setSinglePrice(d.singlePrice());
        b.setTwinPrice(d.twinPrice());
        b.setReleaseOn(d.releaseOn());
    }

    private RoomBlock block(long eventId, long blockId, boolean write) {
        Event e = write ? writable(eventId) : readable(eventId);
        RoomBlock b = em.find(RoomBlock.class, blockId);
        if (b == null || !b.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        b.getVenue().getName();
        return b;
    }

    // ---- meals and hall --------------------------------------------------------------------------

    /**
     * What one day of the event needs from the hotel, from the confirmed registrations: two snack
     * breaks (rehat kopi pagi and siang) and a lunch per participant, a dinner per participant who
     * sleeps at the hotel that night (needs a room, arrived, not yet left), and the day's hall with
     * its capacity per layout against the participants.
     */
    public record DayNeeds(LocalDate date, String hall, long participants, long snacks, long lunches, long dinners,
                           Integer theatre, Integer classroom, Integer uShape, Integer roundTable, int largest, boolean overCapacity) implements java.io.Serializable {
    }

    public List<DayNeeds> needs(long eventId) {
        Event e = readable(eventId);
        List<GuestRow> guests = guestRows(e);
        List<EventDay> days = em.createQuery("select d from EventDay d"
                + " where d.event = :e order by d.dayDate", EventDay.class).setParameter("e", e).getResultList();
        List<DayNeeds> out = new ArrayList<>();
        for (EventDay d : days) {
            LocalDate date = d.getDayDate();
            long people = guests.size();
            long sleeping = guests.stream().filter(g -> g.needsRoom() && g.arrivalOn() != null && g.departureOn() != null
                    && !g.arrivalOn().isAfter(date) && g.departureOn().isAfter(date)).count();
            var h = d.getHall();
            int largest = h == null ? 0 : h.maxCapacity();
            out.add(new DayNeeds(date, h == null ? null : h.getName() + ", " + h.getVenue().getName(), people, 2 * people, people,
                    sleeping, h == null ? null : h.getCapacityTheatre(), h == null ? null : h.getCapacityClassroom(),
                    h == null ? null : h.getCapacityUshape(), h == null ? null : h.getCapacityRoundtable(), largest,
                    largest > 0 && people > largest));
        }
        return out;
    }

    // ---- who needs a room ------------------------------------------------------------------------

    /** The confirmed participants with their stay (the default where nobody decided yet) and room. */
    public List<GuestRow> guests(long eventId) {
        Event e = readable(eventId);
        List<GuestRow> l = guestRows(e);
        personalData.record(PersonalDataLog.Access.VIEW, "lodging", eventId, e.getUnit().getId(), l.size());
        return l;
    }

    private List<GuestRow> guestRows(Event e) {
        List<Registration> regs = em.createQuery("select r from Registration r left join fetch r.institution"
                + " where r.event = :e and r.status = :s order by r.institutionName, r.name", Registration.class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getResultList();
        Map<Long, Lodging> stays = new HashMap<>();
        Map<Long, RoomAssignment> rooms = new HashMap<>();
        if (!regs.isEmpty()) {
            List<Long> ids = regs.stream().map(Registration::getId).toList();
            em.createQuery("select l from Lodging l where l.registrationId in :ids", Lodging.class).setParameter("ids", ids)
                    .getResultList().forEach(l -> stays.put(l.getRegistrationId(), l));
            em.createQuery("select a from RoomAssignment a join fetch a.block where a.registration.id in :ids order by a.id",
                    RoomAssignment.class).setParameter("ids", ids).getResultList()
                    .forEach(a -> rooms.putIfAbsent(a.getRegistration().getId(), a));
        }
        String venueRegion = venueRegion(e);
        List<GuestRow> out = new ArrayList<>();
        for (Registration r : regs) {
            Lodging l = stays.get(r.getId());
            String instRegion = r.getInstitution() == null ? null : r.getInstitution().getRegion().getCode();
            boolean needs = l != null ? l.isNeedsRoom() : outOfTown(instRegion, venueRegion);
            Character stated = l == null || l.getGender() == null ? null : l.getGender().charAt(0);
            Character gender = stated != null ? stated : derivedGender(r);
            RoomAssignment a = rooms.get(r.getId());
            out.add(new GuestRow(r.getId(), Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle()),
                    r.getInstitutionName(), instRegion, needs, l == null ? Lodging.BY_DEFAULT : l.getDecidedBy(),
                    l != null && l.getArrivalOn() != null ? l.getArrivalOn() : defaultArrival(e, needs),
                    l != null && l.getDepartureOn() != null ? l.getDepartureOn() : defaultDeparture(e, needs),
                    gender, stated != null, l == null ? null : l.getTravelMode(), l == null ? null : l.getArrivalTime(),
                    l != null && l.isPickup(), a == null ? null : a.getBlock().getId(), a == null ? null : a.getRoomNo()));
        }
        return out;
    }

    /**
     * Out of town: the institution is in another regency or city than the venue (codes compared
     * to the regency level, "13.06" against "13.75"). Without a directory entry nobody knows: no room.
     */
    public static boolean outOfTown(String institutionRegion, String venueRegion) {
        if (institutionRegion == null || venueRegion == null) {
            return false;
        }
        return !regency(institutionRegion).equals(regency(venueRegion));
    }

    static String regency(String code) {
        String[] p = code.split("\\.");
        return p.length >= 2 ? p[0] + "." + p[1] : p[0];
    }

    private static String venueRegion(Event e) {
        for (EventDay d : e.getDays()) {
            if (d.getHall() != null) {
                return d.getHall().getVenue().getRegionCode();
            }
        }
        return null;
    }

    private static LocalDate defaultArrival(Event e, boolean needs) {
        return !needs || e.getDays().isEmpty() ? null : e.getDays().get(0).getDayDate().minusDays(1);
    }

    private static LocalDate defaultDeparture(Event e, boolean needs) {
        return !needs || e.getDays().isEmpty() ? null : e.getDays().get(e.getDays().size() - 1).getDayDate();
    }

    private Character derivedGender(Registration r) {
        String nik = null;
        if (r.getNikCipher() != null) {
            try {
                nik = cipher.decrypt(r.getNikCipher());
            } catch (RuntimeException ex) {
                nik = null;
            }
        }
        return RoomPlanner.genderOf(r.getNip(), nik);
    }

    /** The secretariat changes a participant's stay. */
    public GuestRow setLodging(long eventId, long registrationId, LodgingData d) {
        Event e = writable(eventId);
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || !r.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        save(r, d, Lodging.BY_STAFF);
        return guestRows(e).stream().filter(g -> g.id() == registrationId).findFirst().orElse(null);
    }

    /** The participant changes their own stay by the personal link (an ended or cancelled registration cannot). */
    public GuestRow setOwnLodging(String token, LodgingData d) {
        Registration r = registrations.byToken(token);
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw BusinessException.conflict("lodging.notConfirmed");
        }
        Event e = em.find(Event.class, r.getEvent().getId());
        if (e.isOver(clock.now())) {
            throw BusinessException.conflict("lodging.eventOver");
        }
        save(em.find(Registration.class, r.getId()), d, Lodging.BY_PARTICIPANT);
        return guestRows(e).stream().filter(g -> g.id() == r.getId()).findFirst().orElse(null);
    }

    /** The participant's own stay, for the personal page. */
    public GuestRow own(String token) {
        Registration r = registrations.byToken(token);
        Event e = em.find(Event.class, r.getEvent().getId());
        return guestRows(e).stream().filter(g -> g.id() == r.getId()).findFirst().orElse(null);
    }

    private void save(Registration r, LodgingData d, String by) {
        if (d == null || d.needsRoom() == null) {
            throw BusinessException.invalid("needsRoom", "validation.required");
        }
        if (d.gender() != null && !d.gender().isBlank() && !d.gender().equals("L") && !d.gender().equals("P")) {
            throw BusinessException.invalid("gender", "lodging.gender");
        }
        if (d.arrivalOn() != null && d.departureOn() != null && !d.departureOn().isAfter(d.arrivalOn())) {
            throw BusinessException.invalid("departureOn", "lodging.departureOrder");
        }
        if (d.travelMode() != null && d.travelMode().length() > 20) {
            throw BusinessException.invalid("travelMode", "validation.tooLong", 20);
        }
        if (d.arrivalTime() != null && d.arrivalTime().length() > 60) {
            throw BusinessException.invalid("arrivalTime", "validation.tooLong", 60);
        }
        Lodging l = em.find(Lodging.class, r.getId(), LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> before = l == null ? null : snapshot(l);
        boolean created = l == null;
        if (created) {
            l = new Lodging(r.getId());
        }
        l.setNeedsRoom(d.needsRoom());
        l.setDecidedBy(by);
        l.setArrivalOn(d.needsRoom() ? d.arrivalOn() : null);
        l.setDepartureOn(d.needsRoom() ? d.departureOn() : null);
        l.setGender(d.gender() == null || d.gender().isBlank() ? null : d.gender());
        l.setTravelMode(d.travelMode() == null || d.travelMode().isBlank() ? null : d.travelMode().trim());
        l.setArrivalTime(d.arrivalTime() == null || d.arrivalTime().isBlank() ? null : d.arrivalTime().trim());
        l.setPickup(Boolean.TRUE.equals(d.pickup()));
        l.setUpdatedAt(clock.now());
        if (created) {
            em.persist(l); // after every field is set: Hibernate inserts the state it had when persisted
        }
        if (!d.needsRoom()) {
            em.createQuery("delete from RoomAssignment a where a.registration = :r").setParameter("r", r).executeUpdate();
        }
        em.flush();
        audit.record("lodging.set", "Registration", r.getId(), r.getEvent().getUnit().getId(), r.getName(), before, snapshot(l));
    }

    private static Map<String, Object> snapshot(Lodging l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("needsRoom", l.isNeedsRoom());
        m.put("decidedBy", l.getDecidedBy());
        m.put("arrivalOn", String.valueOf(l.getArrivalOn()));
        m.put("departureOn", String.valueOf(l.getDepartureOn()));
        m.put("gender", l.getGender());
        m.put("travelMode", l.getTravelMode());
        m.put("arrivalTime", l.getArrivalTime());
        m.put("pickup", l.isPickup());
        return m;
    }

    // ---- rooms -------------------------------------------------------------------------------------

    /** The block's rooms, its conflicts, who still waits for a room, and the changes since the list was sent. */
    public BlockView view(long eventId, long blockId) {
        RoomBlock b = block(eventId, blockId, false);
        return view(b);
    }

    private BlockView view(RoomBlock b) {
        b.getVenue().getName();
        b.getEvent().getTitle();
        List<GuestRow> guests = guestRows(b.getEvent());
        Map<Long, GuestRow> byId = new LinkedHashMap<>();
        guests.forEach(g -> byId.put(g.id(), g));
        List<RoomAssignment> assigned = assignments(b);
        Map<String, List<GuestRow>> rooms = new LinkedHashMap<>();
        Map<String, RoomType> types = new HashMap<>();
        List<Room> plan = new ArrayList<>();
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        for (RoomAssignment a : assigned) {
            GuestRow g = byId.get(a.getRegistration().getId());
            if (g == null) {
                continue; // cancelled since: shown as a change, not as a guest
            }
            rooms.computeIfAbsent(a.getRoomNo(), k -> new ArrayList<>()).add(g);
            ids.computeIfAbsent(a.getRoomNo(), k -> new ArrayList<>()).add(g.id());
            types.put(a.getRoomNo(), RoomType.valueOf(a.getRoomType()));
        }
        List<RoomRow> rows = new ArrayList<>();
        for (var en : rooms.entrySet()) {
            rows.add(new RoomRow(en.getKey(), types.get(en.getKey()), en.getValue()));
            plan.add(new Room(en.getKey(), types.get(en.getKey()), ids.get(en.getKey())));
        }
        rows.sort(java.util.Comparator.comparing(RoomRow::no));
        // a person in two rooms: also a room in another block of the event
        for (RoomAssignment a : em.createQuery("select a from RoomAssignment a where a.block.event = :e and a.block <> :b",
                RoomAssignment.class).setParameter("e", b.getEvent()).setParameter("b", b).getResultList()) {
            if (ids.values().stream().anyMatch(l -> l.contains(a.getRegistration().getId()))) {
                plan.add(new Room("#" + a.getBlock().getId() + "/" + a.getRoomNo(), RoomType.valueOf(a.getRoomType()),
                        List.of(a.getRegistration().getId())));
            }
        }
        Map<Long, Character> genders = new HashMap<>();
        guests.forEach(g -> genders.put(g.id(), g.gender()));
        Set<Long> needRoom = new LinkedHashSet<>();
        Set<Long> elsewhere = new LinkedHashSet<>();
        guests.stream().filter(g -> g.blockId() != null && !g.blockId().equals(b.getId())).forEach(g -> elsewhere.add(g.id()));
        guests.stream().filter(g -> g.needsRoom() && !elsewhere.contains(g.id())).forEach(g -> needRoom.add(g.id()));
        List<RoomPlanner.Conflict> conflicts = RoomPlanner.check(plan, b.getSingleRooms(), b.getTwinRooms(), genders, needRoom);
        Set<Long> inBlock = new LinkedHashSet<>();
        ids.values().forEach(inBlock::addAll);
        List<GuestRow> waiting = guests.stream().filter(g -> needRoom.contains(g.id()) && !inBlock.contains(g.id())).toList();
        List<RoomingList.Difference> changes = b.getSentAt() == null ? List.of()
                : RoomingList.diff(RoomingList.decode(b.getSentList()), lines(b, rows));
        return new BlockView(b, rows, conflicts, waiting, changes);
    }

    private List<RoomAssignment> assignments(RoomBlock b) {
        return em.createQuery("select a from RoomAssignment a join fetch a.registration where a.block = :b order by a.roomNo, a.id",
                RoomAssignment.class).setParameter("b", b).getResultList();
    }

    /** Plans the block again from scratch: everyone who needs a room and has none in another block. */
    public BlockView assign(long eventId, long blockId) {
        RoomBlock b = block(eventId, blockId, true);
        em.lock(b, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("delete from RoomAssignment a where a.block = :b").setParameter("b", b).executeUpdate();
        List<GuestRow> guests = guestRows(b.getEvent());
        List<Guest> want = guests.stream().filter(g -> g.needsRoom() && (g.blockId() == null || g.blockId().equals(b.getId())))
                .map(g -> new Guest(g.id(), g.name(), null, g.institution(), g.gender())).toList();
        RoomPlanner.Plan plan = RoomPlanner.plan(want, b.getSingleRooms(), b.getTwinRooms());
        for (Room r : plan.rooms()) {
            for (Long id : r.guests()) {
                em.persist(new RoomAssignment(b, r.no(), r.type().name(), em.getReference(Registration.class, id)));
            }
        }
        em.flush();
        audit.record("lodging.assign", "RoomBlock", b.getId(), b.getEvent().getUnit().getId(),
                plan.rooms().size() + " rooms, " + plan.unassigned().size() + " without", null,
                Map.of("rooms", plan.rooms().size(), "unassigned", plan.unassigned().size()));
        em.flush(); // the audit row and the chain head first: clear() would drop the head's advance
        em.clear();
        return view(em.find(RoomBlock.class, blockId));
    }

    /**
     * Moves a guest to a room of the block (an existing room, or a new number "S-…"/"T-…"); an
     * empty room number takes the guest out of the block. Conflicts are flagged, not refused: the
     * secretariat may knowingly put a family in one twin.
     */
    public BlockView move(long eventId, long blockId, long registrationId, String roomNo, String type) {
        RoomBlock b = block(eventId, blockId, true);
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || !r.getEvent().getId().equals(b.getEvent().getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        String no = roomNo == null ? "" : roomNo.trim().toUpperCase();
        if (!no.isEmpty() && !ROOM_NO.matcher(no).matches()) {
            throw BusinessException.invalid("room", "lodging.roomNo");
        }
        List<RoomAssignment> mine = em.createQuery("select a from RoomAssignment a where a.block = :b and a.registration = :r",
                RoomAssignment.class).setParameter("b", b).setParameter("r", r).getResultList();
        String from = mine.isEmpty() ? null : mine.get(0).getRoomNo();
        mine.forEach(em::remove);
        em.flush();
        if (!no.isEmpty()) {
            List<String> existing = em.createQuery("select a.roomType from RoomAssignment a where a.block = :b and a.roomNo = :n",
                    String.class).setParameter("b", b).setParameter("n", no).setMaxResults(1).getResultList();
            String t = !existing.isEmpty() ? existing.get(0)
                    : type != null && !type.isBlank() ? RoomType.valueOf(type.trim().toUpperCase()).name()
                    : no.startsWith("S") ? RoomType.SINGLE.name() : RoomType.TWIN.name();
            em.persist(new RoomAssignment(b, no, t, r));
        }
        em.flush();
        audit.record("lodging.move", "RoomBlock", b.getId(), b.getEvent().getUnit().getId(), r.getName() + ": " + from + " → " + no,
                from == null ? null : Map.of("room", from), Map.of("room", no));
        em.flush(); // the audit row and the chain head first: clear() would drop the head's advance
        em.clear();
        return view(em.find(RoomBlock.class, blockId));
    }

    // ---- the rooming list -----------------------------------------------------------------------------

    private static List<RoomingList.Line> lines(RoomBlock b, List<RoomRow> rooms) {
        List<RoomingList.Line> out = new ArrayList<>();
        for (RoomRow room : rooms) {
            for (GuestRow g : room.guests()) {
                String sharing = room.guests().stream().filter(o -> o.id() != g.id()).map(GuestRow::name)
                        .reduce((x, y) -> x + ", " + y).orElse("");
                LocalDate in = g.arrivalOn() == null || g.arrivalOn().isBefore(b.getCheckIn()) ? b.getCheckIn() : g.arrivalOn();
                LocalDate outDay = g.departureOn() == null || g.departureOn().isAfter(b.getCheckOut()) ? b.getCheckOut() : g.departureOn();
                if (!outDay.isAfter(in)) {
                    outDay = in.plusDays(1);
                }
                out.add(new RoomingList.Line(g.id(), g.name(), g.institution(), room.no(),
                        room.type() == RoomType.TWIN ? "Twin" : "Single", in, outDay, sharing));
            }
        }
        return out;
    }

    public byte[] roomingExcel(long eventId, long blockId) {
        RoomBlock b = block(eventId, blockId, false);
        BlockView v = view(b);
        return RoomingList.excel(b.getEvent().getTitle(), b.getVenue().getName(), lines(b, v.rooms()), v.changes());
    }

    /** Marks the list as sent to the hotel: later changes are shown against this version. */
    public BlockView markSent(long eventId, long blockId) {
        RoomBlock b = block(eventId, blockId, true);
        BlockView v = view(b);
        b.setSentList(RoomingList.encode(lines(b, v.rooms())));
        b.setSentAt(clock.now());
        em.flush();
        audit.record("lodging.sent", "RoomBlock", b.getId(), b.getEvent().getUnit().getId(), b.getVenue().getName(), null,
                Map.of("guests", v.rooms().stream().mapToInt(r -> r.guests().size()).sum()));
        return view(b);
    }

    // ---- access ------------------------------------------------------------------------------------

    private Event readable(long eventId) {
        scope.requireStaff();
        return events.find(eventId);
    }

    private Event writable(long eventId) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        Event e = events.find(eventId);
        scope.requireWritable(e.getUnit());
        return e;
    }

    public boolean canEdit(long eventId) {
        return scope.canManage(events.find(eventId).getUnit());
    }
}
