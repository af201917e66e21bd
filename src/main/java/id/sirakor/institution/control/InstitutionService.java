package id.sirakor.institution.control;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionContact;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The institution directory. Every logged-in user reads all of it (one shared directory, so a
 * regency can invite the province's KASN contact without re-typing it); ADMIN changes any row,
 * SEKRETARIAT the rows its own unit owns. Every change is audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class InstitutionService {

    /** The name of a generated village office: "Kantor Kepala Desa " + village name (one simple rule). */
    public static final String VILLAGE_OFFICE_PREFIX = "Kantor Kepala Desa ";

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** Search criteria of the list; all optional. {@code regionCode} matches the region and everything below it. */
    public record Filter(String q, InstitutionType type, String regionCode, Long ownerUnitId) {
    }

    public enum ImportStatus { CREATED, UPDATED, ERROR }

    /** One line of an import report; the message is a bundle key with arguments. */
    public record ImportLine(int row, String name, ImportStatus status, Long id, String messageKey, Object[] args) implements java.io.Serializable {
    }

    /** The directory is for staff (ADMIN, SEKRETARIAT): it holds the contact people of every institution. */
    public List<Institution> list(Filter f, int first, int max) {
        scope.requireStaff();
        // WildFly runs Hibernate JPA-compliant: no alias on a fetch join, so the graph fetches instead
        TypedQuery<Institution> q = em.createQuery("select i from Institution i join i.region r" + where(f)
                + " order by i.name, i.id", Institution.class);
        bind(q, f);
        var graph = em.createEntityGraph(Institution.class);
        graph.addAttributeNodes("region", "ownerUnit");
        q.setHint("jakarta.persistence.fetchgraph", graph);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    public long count(Filter f) {
        scope.requireStaff();
        TypedQuery<Long> q = em.createQuery("select count(i) from Institution i join i.region r" + where(f), Long.class);
        bind(q, f);
        return q.getSingleResult();
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f != null && f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(i.name) like :q or lower(i.shortName) like :q or r.nameLower like :q)");
        }
        if (f != null && f.type() != null) {
            w.append(" and i.type = :type");
        }
        if (f != null && f.regionCode() != null && !f.regionCode().isBlank()) {
            w.append(" and (r.code = :rc or r.code like :rcBelow)");
        }
        if (f != null && f.ownerUnitId() != null) {
            w.append(" and i.ownerUnit.id = :owner");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Filter f) {
        if (f == null) {
            return;
        }
        if (f.q() != null && !f.q().isBlank()) {
            q.setParameter("q", "%" + f.q().trim().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (f.type() != null) {
            q.setParameter("type", f.type());
        }
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            q.setParameter("rc", f.regionCode().trim());
            q.setParameter("rcBelow", f.regionCode().trim() + ".%");
        }
        if (f.ownerUnitId() != null) {
            q.setParameter("owner", f.ownerUnitId());
        }
    }

    /**
     * Names from the directory for the public registration form's suggestions (anonymous callers:
     * names only, active institutions, at least three letters typed, ten at most).
     */
    public List<String> directoryNames(String q, int max) {
        if (q == null || q.trim().length() < 3) {
            return List.of();
        }
        String like = "%" + q.trim().toLowerCase().replace("%", "").replace("_", "") + "%";
        return em.createQuery("select i.name from Institution i where i.active = true and (lower(i.name) like :q"
                        + " or lower(i.shortName) like :q) order by i.name", String.class)
                .setParameter("q", like).setMaxResults(Math.min(Math.max(1, max), 20)).getResultList();
    }

    public Institution find(long id) {
        scope.requireStaff();
        Institution i = em.find(Institution.class, id);
        if (i == null) {
            throw BusinessException.notFound("error.notFound");
        }
        // the pages read these after the transaction: load them while it is open
        i.getOwnerUnit().getName();
        i.getRegion().getName();
        i.getContacts().size();
        return i;
    }

    /** True when the caller may change this institution: ADMIN, or SEKRETARIAT of the owner unit. */
    public boolean canEdit(Institution i) {
        var u = scope.user();
        return (u.has(Role.ADMIN) || u.has(Role.SEKRETARIAT)) && scope.canWrite(i.getOwnerUnit());
    }

    public boolean canCreate() {
        var u = scope.user();
        return u.has(Role.ADMIN) || u.has(Role.SEKRETARIAT);
    }

    public Institution create(InstitutionData input) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        InstitutionData d = InstitutionRules.normalise(input);
        OrgUnit owner = ownerFor(d.ownerUnitId(), null);
        Region region = region(d.regionCode());
        if (existing(owner, d.name(), region) != null) {
            throw BusinessException.invalid("name", "institution.duplicate", d.name(), region.getName());
        }
        Institution i = new Institution(d.name(), d.type(), region, owner);
        apply(i, d);
        i.setCreatedAt(clock.now());
        i.setUpdatedAt(i.getCreatedAt());
        em.persist(i);
        em.flush();
        audit.record("institution.create", "Institution", i.getId(), owner.getId(), i.getName(), null, i.snapshot());
        return i;
    }

    public Institution update(long id, InstitutionData input) {
        Institution i = find(id);
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        requireOwner(i.getOwnerUnit());
        InstitutionData d = InstitutionRules.normalise(input);
        Map<String, Object> before = i.snapshot();
        OrgUnit owner = ownerFor(d.ownerUnitId(), i.getOwnerUnit());
        Region region = region(d.regionCode());
        Institution clash = existing(owner, d.name(), region);
        if (clash != null && !clash.getId().equals(i.getId())) {
            throw BusinessException.invalid("name", "institution.duplicate", d.name(), region.getName());
        }
        i.setName(d.name());
        i.setType(d.type());
        i.setRegion(region);
        i.setOwnerUnit(owner);
        apply(i, d);
        i.setUpdatedAt(clock.now());
        em.flush();
        audit.record("institution.update", "Institution", i.getId(), owner.getId(), i.getName(), before, i.snapshot());
        return i;
    }

    /**
     * Imports spreadsheet rows for the caller's unit: valid rows are created, or update the
     * institution of the same owner, name and region (so importing the same file twice changes
     * nothing); invalid rows are reported and skipped.
     */
    /** ADMIN or SEKRETARIAT: imports and generates institutions for its unit. */
    public void requireImporter() {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
    }

    public List<ImportLine> importSheet(InputStream xlsx) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        List<InstitutionSheet.SheetRow> rows = InstitutionSheet.read(xlsx);
        OrgUnit owner = ownerFor(null, null);
        List<ImportLine> report = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (InstitutionSheet.SheetRow row : rows) {
            String label = row.get(InstitutionSheet.NAME);
            InstitutionData d;
            Region region;
            try {
                d = InstitutionRules.normalise(InstitutionSheet.toData(row));
                region = em.find(Region.class, d.regionCode());
                if (region == null) {
                    throw BusinessException.invalid("regionCode", "region.notFound", d.regionCode());
                }
            } catch (BusinessException e) {
                report.add(new ImportLine(row.number(), label, ImportStatus.ERROR, null, e.key(), e.args()));
                continue;
            }
            Institution i = existing(owner, d.name(), region);
            if (i == null) {
                i = new Institution(d.name(), d.type(), region, owner);
                applyImported(i, d);
                i.setCreatedAt(clock.now());
                i.setUpdatedAt(i.getCreatedAt());
                em.persist(i);
                em.flush();
                audit.record("institution.create", "Institution", i.getId(), owner.getId(), i.getName(), null, i.snapshot());
                report.add(new ImportLine(row.number(), label, ImportStatus.CREATED, i.getId(), "institution.import.created", new Object[0]));
                created++;
            } else {
                Map<String, Object> before = i.snapshot();
                i.setType(d.type());
                applyImported(i, d);
                Map<String, Object> after = i.snapshot();
                if (!after.equals(before)) {
                    i.setUpdatedAt(clock.now());
                    em.flush();
                    audit.record("institution.update", "Institution", i.getId(), owner.getId(), i.getName(), before, after);
                }
                report.add(new ImportLine(row.number(), label, ImportStatus.UPDATED, i.getId(),
                        after.equals(before) ? "institution.import.unchanged" : "institution.import.updated", new Object[0]));
                updated++;
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", rows.size());
        summary.put("created", created);
        summary.put("updated", updated);
        summary.put("errors", rows.size() - created - updated);
        audit.record("institution.import", "OrgUnit", owner.getId(), owner.getId(), owner.getName(), null, summary);
        return report;
    }

    /** How many village offices {@link #generateVillageOffices} would create now. */
    public long countMissingVillageOffices(String areaCode, Long ownerUnitId) {
        scope.requireStaff();
        Region area = area(areaCode);
        OrgUnit owner = ownerFor(ownerUnitId, null);
        Number n = (Number) em.createNativeQuery("SELECT COUNT(*) FROM region r" + MISSING_VILLAGE_OFFICES)
                .setParameter(1, area.getCode() + ".%").setParameter(2, owner.getId()).getSingleResult();
        return n.longValue();
    }

    /**
     * Creates one DESA institution, "Kantor Kepala Desa " + village name, for every village in a
     * province, regency/city or district that the owner unit does not have yet; returns how many.
     * One INSERT … SELECT does it inside the database: a province (Jawa Tengah: 8,500 villages)
     * takes well under a second and no rows travel through the application. One audit row
     * records the bulk operation.
     */
    public int generateVillageOffices(String areaCode, Long ownerUnitId) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        Region area = area(areaCode);
        OrgUnit owner = ownerFor(ownerUnitId, null);
        Instant now = clock.now();
        int created = em.createNativeQuery("INSERT INTO institution"
                        + " (name, type, region_code, owner_unit_id, active, version, created_at, updated_at)"
                        + " SELECT CONCAT('" + VILLAGE_OFFICE_PREFIX + "', r.name), 'DESA', r.code, ?2, TRUE, 0, ?3, ?3"
                        + " FROM region r" + MISSING_VILLAGE_OFFICES)
                .setParameter(1, area.getCode() + ".%").setParameter(2, owner.getId()).setParameter(3, now)
                .executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("regionCode", area.getCode());
        after.put("ownerUnitId", owner.getId());
        after.put("created", created);
        audit.record("institution.generateVillages", "Region", area.getCode(), owner.getId(),
                area.getName() + ": " + created, null, after);
        return created;
    }

    private static final String MISSING_VILLAGE_OFFICES = " WHERE r.code LIKE ?1 AND r.level = 'VILLAGE'"
            + " AND NOT EXISTS (SELECT 1 FROM institution i WHERE i.owner_unit_id = ?2 AND i.region_code = r.code"
            + " AND i.name = CONCAT('" + VILLAGE_OFFICE_PREFIX + "', r.name))";

    private Region area(String code) {
        if (code == null || code.isBlank()) {
            throw BusinessException.invalid("regionCode", "validation.required");
        }
        Region area = em.find(Region.class, code.trim());
        if (area == null) {
            throw BusinessException.invalid("regionCode", "region.notFound", code.trim());
        }
        if (area.getLevel() == RegionLevel.VILLAGE) {
            throw BusinessException.invalid("regionCode", "institution.generate.areaLevel");
        }
        return area;
    }

    private Region region(String code) {
        Region r = em.find(Region.class, code);
        if (r == null) {
            throw BusinessException.invalid("regionCode", "region.notFound", code);
        }
        return r;
    }

    /** The owner unit for a write: the caller's unit unless another is named; ADMIN may name any unit. */
    private OrgUnit ownerFor(Long requested, OrgUnit current) {
        long id = requested != null ? requested : current != null ? current.getId() : scope.user().unitId();
        OrgUnit owner = em.find(OrgUnit.class, id);
        if (owner == null) {
            throw BusinessException.invalid("ownerUnitId", "error.notFound");
        }
        requireOwner(owner);
        return owner;
    }

    /**
     * The directory is readable by all, so a row of another unit is not hidden: changing it is
     * refused as forbidden (403), not reported as missing.
     */
    private void requireOwner(OrgUnit owner) {
        if (!scope.canWrite(owner)) {
            throw BusinessException.forbidden("institution.notOwner", owner.getName());
        }
    }

    private Institution existing(OrgUnit owner, String name, Region region) {
        return em.createQuery("select i from Institution i where i.ownerUnit = :o and i.name = :n and i.region = :r",
                        Institution.class)
                .setParameter("o", owner).setParameter("n", name).setParameter("r", region)
                .getResultStream().findFirst().orElse(null);
    }

    private void apply(Institution i, InstitutionData d) {
        i.setShortName(d.shortName());
        i.setAddress(d.address());
        i.setEmail(d.email());
        i.setPhone(d.phone());
        i.setActive(d.active() == null || d.active());
        i.setParent(d.parentId() == null ? null : find(d.parentId()));
        List<InstitutionContact> contacts = new ArrayList<>();
        int order = 0;
        for (InstitutionData.Contact c : d.contactsOrEmpty()) {
            contacts.add(new InstitutionContact(i, c.name(), c.position(), c.phone(), c.email(), order++));
        }
        i.replaceContacts(contacts);
    }

    /** A spreadsheet row fills what it has; a contact of the same name is updated, others are kept. */
    private void applyImported(Institution i, InstitutionData d) {
        if (d.address() != null) {
            i.setAddress(d.address());
        }
        if (d.email() != null) {
            i.setEmail(d.email());
        }
        if (d.phone() != null) {
            i.setPhone(d.phone());
        }
        List<InstitutionContact> contacts = new ArrayList<>(i.getContacts());
        for (InstitutionData.Contact c : d.contactsOrEmpty()) {
            InstitutionContact same = contacts.stream().filter(x -> x.getName().equalsIgnoreCase(c.name()))
                    .findFirst().orElse(null);
            if (same != null) {
                String position = c.position() != null ? c.position() : same.getPosition();
                String phone = c.phone() != null ? c.phone() : same.getPhone();
                if (Objects.equals(position, same.getPosition()) && Objects.equals(phone, same.getPhone())) {
                    continue;
                }
                contacts.set(contacts.indexOf(same), new InstitutionContact(i, same.getName(), position, phone,
                        same.getEmail(), same.getSortOrder()));
            } else {
                contacts.add(new InstitutionContact(i, c.name(), c.position(), c.phone(), c.email(), contacts.size()));
            }
        }
        if (!contacts.equals(i.getContacts())) {
            i.replaceContacts(contacts);
        }
    }
}
