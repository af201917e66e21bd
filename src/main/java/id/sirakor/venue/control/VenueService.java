package id.sirakor.venue.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.venue.entity.Hall;
import id.sirakor.venue.entity.Venue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hotels and their halls. A venue is shared: every logged-in user can pick any venue for an
 * event; only its owner unit (or ADMIN) changes it.
 */
@ApplicationScoped
@Transactional
public class VenueService {

    private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    id.sirakor.region.control.RegionService regions;

    public record HallData(Long id, String name, String floor, Integer theatre, Integer classroom, Integer ushape,
                           Integer roundtable, boolean active) {
    }

    public record VenueData(String name, String address, String regionCode, BigDecimal latitude, BigDecimal longitude,
                            String phone, String email, String contactName, String website, boolean active,
                            List<HallData> halls) {
    }

    /** Venues are shared by every unit, read and booked by staff (ADMIN, SEKRETARIAT). */
    public List<Venue> list(String search) {
        scope.requireStaff();
        String q = search == null || search.isBlank() ? null : "%" + search.trim().toLowerCase() + "%";
        TypedQuery<Venue> query = em.createQuery("select v from Venue v"
                + (q == null ? "" : " where lower(v.name) like :q or lower(v.address) like :q") + " order by v.name", Venue.class);
        if (q != null) {
            query.setParameter("q", q);
        }
        List<Venue> venues = query.getResultList();
        // the list shows each venue's halls and owner after the transaction: load them while it is open
        venues.forEach(v -> {
            v.getHalls().size();
            v.getOwnerUnit().getName();
        });
        return venues;
    }

    /** Active halls of active venues, "Grand Rocky Hotel — Ballroom", for pickers. */
    public List<Hall> bookableHalls() {
        scope.requireStaff();
        List<Hall> halls = em.createQuery("select h from Hall h join h.venue v where h.active = true and v.active = true"
                + " order by v.name, h.name", Hall.class).getResultList();
        halls.forEach(h -> h.getVenue().getName());
        return halls;
    }

    public Venue find(long id) {
        scope.requireStaff();
        Venue v = em.find(Venue.class, id);
        if (v == null) {
            throw BusinessException.notFound("error.notFound");
        }
        v.getHalls().size();
        v.getOwnerUnit().getName();
        return v;
    }

    public Hall hall(long id) {
        Hall h = em.find(Hall.class, id);
        if (h == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return h;
    }

    public boolean canEdit(Venue v) {
        return scope.canManage(v.getOwnerUnit());
    }

    public Venue create(VenueData d) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        validate(d);
        Venue v = new Venue();
        v.setOwnerUnit(em.find(OrgUnit.class, scope.user().unitId()));
        apply(v, d);
        v.setCreatedAt(clock.now());
        v.setUpdatedAt(v.getCreatedAt());
        em.persist(v);
        em.flush();
        audit.record("venue.create", "Venue", v.getId(), v.getOwnerUnit().getId(), v.getName(), null, v.snapshot());
        return v;
    }

    public Venue update(long id, VenueData d) {
        Venue v = find(id);
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        if (!scope.isAdmin()) {
            scope.requireWritable(v.getOwnerUnit());
        }
        validate(d);
        Map<String, Object> before = v.snapshot();
        apply(v, d);
        v.setUpdatedAt(clock.now());
        audit.record("venue.update", "Venue", v.getId(), v.getOwnerUnit().getId(), v.getName(), before, v.snapshot());
        return v;
    }

    private void apply(Venue v, VenueData d) {
        v.setName(d.name().trim());
        v.setAddress(Inputs.trimToNull(d.address()));
        v.setRegionCode(d.regionCode().trim());
        v.setTimeZone(IndonesianTime.zoneOfProvince(d.regionCode().trim()).getId());
        v.setLatitude(d.latitude());
        v.setLongitude(d.longitude());
        v.setPhone(Inputs.trimToNull(d.phone()));
        v.setEmail(Inputs.trimToNull(d.email()));
        v.setContactName(Inputs.trimToNull(d.contactName()));
        v.setWebsite(Inputs.trimToNull(d.website()));
        v.setActive(d.active());
        List<HallData> halls = d.halls() == null ? List.of() : d.halls();
        // halls are kept (bookings refer to them); a removed hall is deactivated, not deleted
        for (Hall existing : v.getHalls()) {
            if (halls.stream().noneMatch(h -> existing.getId().equals(h.id()))) {
                existing.setActive(false);
            }
        }
        for (HallData hd : halls) {
            Hall h = hd.id() == null ? null
                    : v.getHalls().stream().filter(x -> hd.id().equals(x.getId())).findFirst().orElse(null);
            if (h == null) {
                h = new Hall();
                h.setVenue(v);
                v.getHalls().add(h);
            }
            h.setName(hd.name().trim());
            h.setFloor(Inputs.trimToNull(hd.floor()));
            h.setCapacityTheatre(hd.theatre());
            h.setCapacityClassroom(hd.classroom());
            h.setCapacityUshape(hd.ushape());
            h.setCapacityRoundtable(hd.roundtable());
            h.setActive(hd.active());
        }
    }

    private void validate(VenueData d) {
        if (d.name() == null || d.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        if (d.regionCode() == null || !REGION.matcher(d.regionCode().trim()).matches()) {
            throw BusinessException.invalid("regionCode", "unit.regionFormat");
        }
        try {
            IndonesianTime.zoneOfProvince(d.regionCode().trim());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("regionCode", "venue.unknownProvince", d.regionCode().trim().substring(0, 2));
        }
        if (!regions.exists(d.regionCode().trim())) {
            throw BusinessException.invalid("regionCode", "venue.unknownRegion", d.regionCode().trim());
        }
        if (d.latitude() != null && (d.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
            throw BusinessException.invalid("latitude", "venue.latitudeRange");
        }
        if (d.longitude() != null && (d.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw BusinessException.invalid("longitude", "venue.longitudeRange");
        }
        if (d.halls() != null) {
            for (HallData h : d.halls()) {
                if (h.name() == null || h.name().isBlank()) {
                    throw BusinessException.invalid("halls", "venue.hallName");
                }
                for (Integer c : new Integer[] {h.theatre(), h.classroom(), h.ushape(), h.roundtable()}) {
                    if (c != null && (c < 1 || c > 20000)) {
                        throw BusinessException.invalid("halls", "venue.hallCapacity", h.name());
                    }
                }
            }
        }
    }

}
