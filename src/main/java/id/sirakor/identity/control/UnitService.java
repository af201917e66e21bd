package id.sirakor.identity.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.identity.entity.UnitLevel;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Organizer units: the hierarchy, their letterhead data, and who may see and change them. */
@ApplicationScoped
@Transactional
public class UnitService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");
    private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** What a unit form sends. */
    public record UnitData(String code, String name, String shortName, UnitLevel level, Long parentId,
                           String regionCode, String address, String city, String phone, String email,
                           String website, String headTitle, String headName, boolean active, String headNip,
                           String letterPattern) {
    }

    /** Units the user may read, in tree order: staff only (a unit's page holds its head's NIP and letter settings). */
    public List<OrgUnit> readable(String search) {
        scope.requireStaff();
        String q = search == null || search.isBlank() ? null : "%" + search.trim().toLowerCase() + "%";
        var query = em.createQuery("select u from OrgUnit u where u.path like :p"
                        + (q == null ? "" : " and (lower(u.name) like :q or lower(u.code) like :q)")
                        + " order by u.path", OrgUnit.class)
                .setParameter("p", scope.readablePathPattern());
        if (q != null) {
            query.setParameter("q", q);
        }
        return query.getResultList();
    }

    public OrgUnit find(long id) {
        scope.requireStaff();
        OrgUnit u = em.find(OrgUnit.class, id);
        if (u == null) {
            throw BusinessException.notFound("error.notFound");
        }
        scope.requireReadable(u);
        if (u.getParent() != null) {
            u.getParent().getName(); // the unit page shows it after the transaction
        }
        return u;
    }

    public boolean canEdit(OrgUnit unit) {
        return scope.canWrite(unit);
    }

    public OrgUnit create(UnitData d) {
        scope.requireRole(Role.ADMIN);
        validate(d, null);
        OrgUnit parent = d.parentId() == null ? null : find(d.parentId());
        OrgUnit u = new OrgUnit(d.code().trim().toUpperCase(), d.name().trim(), d.level(), parent);
        apply(u, d);
        u.setCreatedAt(clock.now());
        u.setUpdatedAt(u.getCreatedAt());
        em.persist(u);
        em.flush();
        u.placeInTree();
        audit.record("unit.create", "OrgUnit", u.getId(), u.getId(), u.getName(), null, u.snapshot());
        return u;
    }

    /** ADMIN edits any unit; SEKRETARIAT edits the letterhead data of its own unit only. */
    public OrgUnit update(long id, UnitData d) {
        OrgUnit u = find(id);
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        scope.requireWritable(u);
        validate(d, u);
        Map<String, Object> before = u.snapshot();
        if (scope.isAdmin()) {
            u.setCode(d.code().trim().toUpperCase());
            u.setName(d.name().trim());
            u.setLevel(d.level());
            u.setActive(d.active());
            OrgUnit newParent = d.parentId() == null ? null : find(d.parentId());
            if (!same(newParent, u.getParent())) {
                throw BusinessException.invalid("parentId", "unit.parentFixed");
            }
        }
        apply(u, d);
        u.setUpdatedAt(clock.now());
        audit.record("unit.update", "OrgUnit", u.getId(), u.getId(), u.getName(), before, u.snapshot());
        return u;
    }

    private static boolean same(OrgUnit a, OrgUnit b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    private void apply(OrgUnit u, UnitData d) {
        u.setShortName(Inputs.trimToNull(d.shortName()));
        u.setRegionCode(Inputs.trimToNull(d.regionCode()));
        u.setAddress(Inputs.trimToNull(d.address()));
        u.setCity(Inputs.trimToNull(d.city()));
        u.setPhone(Inputs.trimToNull(d.phone()));
        u.setEmail(Inputs.trimToNull(d.email()));
        u.setWebsite(Inputs.trimToNull(d.website()));
        u.setHeadTitle(Inputs.trimToNull(d.headTitle()));
        u.setHeadName(Inputs.trimToNull(d.headName()));
        String nip = Inputs.trimToNull(d.headNip());
        u.setHeadNip(nip == null ? null : nip.replaceAll("\\s", ""));
        u.setLetterPattern(Inputs.trimToNull(d.letterPattern()));
    }

    private void validate(UnitData d, OrgUnit existing) {
        String nip = Inputs.trimToNull(d.headNip());
        if (nip != null && !nip.replaceAll("\\s", "").matches("\\d{18}")) {
            throw BusinessException.invalid("headNip", "unit.headNip.invalid");
        }
        String pattern = Inputs.trimToNull(d.letterPattern());
        if (pattern != null) {
            if (pattern.length() > 120) {
                throw BusinessException.invalid("letterPattern", "validation.tooLong", 120);
            }
            try {
                id.sirakor.platform.document.LetterNumbers.validate(pattern);
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("letterPattern", "unit.letterPattern.invalid", e.getMessage());
            }
        }
        if (d.name() == null || d.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        if (d.name().length() > 200) {
            throw BusinessException.invalid("name", "validation.tooLong", 200);
        }
        if (d.code() == null || !CODE.matcher(d.code().trim().toUpperCase()).matches()) {
            throw BusinessException.invalid("code", "unit.codeFormat");
        }
        if (d.level() == null) {
            throw BusinessException.invalid("level", "validation.required");
        }
        if (d.regionCode() != null && !d.regionCode().isBlank() && !REGION.matcher(d.regionCode().trim()).matches()) {
            throw BusinessException.invalid("regionCode", "unit.regionFormat");
        }
        if (d.email() != null && !d.email().isBlank() && !EMAIL.matcher(d.email().trim()).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
        List<Long> clash = em.createQuery("select u.id from OrgUnit u where u.code = :c", Long.class)
                .setParameter("c", d.code().trim().toUpperCase()).getResultList();
        if (!clash.isEmpty() && (existing == null || !clash.get(0).equals(existing.getId()))) {
            throw BusinessException.invalid("code", "unit.codeTaken", d.code().trim().toUpperCase());
        }
    }

}
