package id.sirakor.declaration.control;

import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.declaration.entity.DeclarationTemplate;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.institution.entity.InstitutionContact;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.platform.audit.AuditEntry;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.verification.Verifications;
import id.sirakor.region.entity.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declarations of the organizer units: created from a template, edited while DRAFT, frozen with
 * their SHA-256 when opened for signing, signers added by hand, signing links mailed through the
 * outbox. Staff (ADMIN, SEKRETARIAT) read the declarations of their units and change those of
 * their own unit; checks in the order of docs/access.md.
 */
@ApplicationScoped
public class DeclarationService {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    static final Duration LINK_VALID = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Outbox outbox;

    public record TextInput(String title, String opening, String points, String closing, String place, LocalDate date) {
    }

    public record SignerInput(String name, String nip, String position, String regionCode, String email) {
    }

    /**
     * Someone who could sign, found in the institution directory (its contact people) or among the
     * event's confirmed participants: the fields to fill the signer form with. {@code source} is
     * DIREKTORI or PESERTA.
     */
    public record SignerCandidate(String source, String name, String position, String nip, String regionCode, String email,
                                  String institution) implements java.io.Serializable {
    }

    /**
     * Candidates for a signer of the declaration whose name, position or institution contains
     * {@code query} (at least 2 characters): at most 10 from the directory, 10 from the event's
     * confirmed participants. Only who may change the declaration may look.
     */
    @Transactional
    public List<SignerCandidate> signerCandidates(long id, String query) {
        Declaration d = get(id);
        scope.requireWritable(d.getUnit());
        String q = query == null ? "" : query.strip();
        if (q.length() < 2 || q.length() > 100) {
            return List.of();
        }
        String like = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        List<SignerCandidate> out = new ArrayList<>();
        for (InstitutionContact c : em.createQuery("select c from InstitutionContact c join fetch c.institution"
                        + " where c.institution.active = true and (lower(c.name) like :q or lower(c.position) like :q"
                        + " or lower(c.institution.name) like :q) order by c.institution.name, c.sortOrder", InstitutionContact.class)
                .setParameter("q", like).setMaxResults(10).getResultList()) {
            var i = c.getInstitution();
            String position = c.getPosition() == null || c.getPosition().isBlank() ? i.getName() : c.getPosition();
            out.add(new SignerCandidate("DIREKTORI", c.getName(), position, null, i.getRegion() == null ? null : i.getRegion().getCode(),
                    c.getEmail() != null && !c.getEmail().isBlank() ? c.getEmail() : i.getEmail(), i.getName()));
        }
        if (d.getEvent() != null) {
            for (Registration r : em.createQuery("select r from Registration r left join fetch r.institution"
                            + " where r.event = :e and r.status = :s and (lower(r.name) like :q"
                            + " or lower(r.position) like :q or lower(r.institutionName) like :q) order by r.name",
                            Registration.class)
                    .setParameter("e", d.getEvent()).setParameter("s", RegistrationStatus.CONFIRMED)
                    .setParameter("q", like).setMaxResults(10).getResultList()) {
                String name = Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
                String nip = "NIP".equals(r.getIdKind()) ? r.getNip() : null;
                String region = r.getInstitution() == null || r.getInstitution().getRegion() == null ? null
                        : r.getInstitution().getRegion().getCode();
                out.add(new SignerCandidate("PESERTA", name, r.getPosition(), nip, region, r.getEmail(), r.getInstitutionName()));
            }
        }
        return out;
    }

    // ---- reading ----------------------------------------------------------------------------

    @Transactional
    public List<Declaration> list() {
        scope.requireStaff();
        return em.createQuery("select d from Declaration d join fetch d.unit left join fetch d.event"
                        + " where d.unit.path like :p order by d.createdAt desc, d.id desc", Declaration.class)
                .setParameter("p", scope.readablePathPattern()).getResultList();
    }

    /** A declaration the user may read, with its unit and event loaded. */
    @Transactional
    public Declaration get(long id) {
        scope.requireStaff();
        List<Declaration> found = em.createQuery("select d from Declaration d join fetch d.unit left join fetch d.event where d.id = :id",
                Declaration.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        scope.requireReadable(found.get(0).getUnit());
        return found.get(0);
    }

    @Transactional
    public List<DeclarationSigner> signers(long id) {
        Declaration d = get(id);
        List<DeclarationSigner> l = signersOf(id);
        personalData.record(PersonalDataLog.Access.VIEW, "declaration-signers", d.getEvent() == null ? null : d.getEvent().getId(),
                d.getUnit().getId(), l.size());
        return l;
    }

    public List<DeclarationSigner> signersOf(long id) {
        return em.createQuery("select s from DeclarationSigner s where s.declaration.id = :id order by s.seq, s.id", DeclarationSigner.class)
                .setParameter("id", id).getResultList();
    }

    private Declaration writable(long id) {
        Declaration d = get(id);
        scope.requireWritable(d.getUnit());
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        return d;
    }

    public record TemplateView(String key, String title, String opening, String points, String closing, boolean builtIn) {
    }

    @Transactional
    public List<TemplateView> templates() {
        scope.requireStaff();
        List<TemplateView> all = new ArrayList<>();
        for (Templates.Template t : Templates.BUILT_IN) {
            all.add(new TemplateView(t.key(), t.title(), t.opening(), t.points(), t.closing(), true));
        }
        for (DeclarationTemplate t : em.createQuery("select t from DeclarationTemplate t join t.unit un where un.path like :p order by t.title",
                DeclarationTemplate.class).setParameter("p", scope.readablePathPattern()).getResultList()) {
            all.add(new TemplateView("T" + t.getId(), t.getTitle(), t.getOpening(), t.getPoints(), t.getClosing(), false));
        }
        return all;
    }

    @Transactional
    public DeclarationTemplate createTemplate(String title, String opening, String points, String closing) {
        scope.requireStaff();
        TextInput in = checkText(new TextInput(title, opening, points, closing, "-", LocalDate.EPOCH));
        OrgUnit unit = em.find(OrgUnit.class, scope.user().unitId());
        DeclarationTemplate t = new DeclarationTemplate();
        t.setUnit(unit);
        t.setTitle(in.title());
        t.setOpening(in.opening());
        t.setPoints(in.points());
        t.setClosing(in.closing());
        t.setCreatedAt(clock.now());
        em.persist(t);
        em.flush();
        audit.record("declaration.template.create", "DeclarationTemplate", t.getId(), unit.getId(), t.getTitle(), null,
                Map.of("title", t.getTitle()));
        return t;
    }

    // ---- writing ----------------------------------------------------------------------------

    @Transactional
    public Declaration create(String templateKey, Long eventId, String place, LocalDate date) {
        scope.requireStaff();
        OrgUnit unit = em.find(OrgUnit.class, scope.user().unitId());
        Event event = null;
        if (eventId != null) {
            event = em.find(Event.class, eventId);
            if (event == null || !scope.canRead(event.getUnit())) {
                throw BusinessException.invalid("eventId", "decl.eventUnknown");
            }
            scope.requireWritable(event.getUnit());
            unit = event.getUnit();
        }
        TemplateView t = template(templateKey == null || templateKey.isBlank() ? Templates.NETRALITAS_ASN : templateKey);
        String p = place == null || place.isBlank() ? (unit.getCity() == null ? "Jakarta" : unit.getCity()) : place.strip();
        LocalDate day = date == null ? (event == null ? clock.now().atZone(IndonesianTime.WIB).toLocalDate() : null) : date;
        if (day == null) {
            day = clock.now().atZone(IndonesianTime.WIB).toLocalDate();
        }
        if (p.length() > 100) {
            throw BusinessException.invalid("place", "decl.placeTooLong");
        }
        String dateText = IndonesianTime.date(day, IndonesianTime.ID);
        String region = unit.getRegionCode() == null ? "Indonesia" : regionName(unit.getRegionCode());
        Declaration d = new Declaration();
        d.setUnit(unit);
        d.setEvent(event);
        d.setTemplateKey(t.builtIn() ? t.key() : "CUSTOM");
        d.setTitle(t.title().isBlank() ? "Deklarasi" : t.title());
        d.setOpening(Templates.fill(t.opening(), p, dateText, region, null));
        d.setPoints(Templates.fill(t.points(), p, dateText, region, null));
        d.setClosing(Templates.fill(t.closing(), p, dateText, region, null));
        d.setPlace(p);
        d.setDate(day);
        d.setStatus(Declaration.Status.DRAFT);
        d.setBoardToken(PasswordHasher.newSecret(18));
        d.setVerifyCode(Verifications.newCode());
        d.setCreatedAt(clock.now());
        em.persist(d);
        em.flush();
        audit.record("declaration.create", "Declaration", d.getId(), unit.getId(), d.getTitle(), null, snapshot(d));
        return d;
    }

    private TemplateView template(String key) {
        for (TemplateView t : templates()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw BusinessException.invalid("templateKey", "decl.templateUnknown");
    }

    public String regionName(String code) {
        Region r = code == null ? null : em.find(Region.class, code);
        return r == null ? code : r.getName();
    }

    static TextInput checkText(TextInput in) {
        String title = strip(in.title());
        String opening = strip(in.opening());
        String points = in.points() == null ? "" : in.points().replace("\r\n", "\n").strip();
        String closing = strip(in.closing());
        String place = strip(in.place());
        if (title == null) {
            throw BusinessException.invalid("title", "decl.titleRequired");
        }
        if (title.length() > 300) {
            throw BusinessException.invalid("title", "decl.titleTooLong");
        }
        if (opening == null) {
            throw BusinessException.invalid("opening", "decl.openingRequired");
        }
        if (opening.length() > 4000 || (closing != null && closing.length() > 4000)) {
            throw BusinessException.invalid(opening.length() > 4000 ? "opening" : "closing", "decl.textTooLong");
        }
        if (points.isEmpty()) {
            throw BusinessException.invalid("points", "decl.pointsRequired");
        }
        if (points.length() > 8000) {
            throw BusinessException.invalid("points", "decl.textTooLong");
        }
        if (place == null || place.length() > 100) {
            throw BusinessException.invalid("place", "decl.placeRequired");
        }
        if (in.date() == null) {
            throw BusinessException.invalid("date", "decl.dateRequired");
        }
        // points: one per line, a leading "1." or "1)" typed by habit is dropped
        String cleaned = String.join("\n", points.lines().map(l -> l.strip().replaceFirst("^\\d{1,2}[.)]\\s*", ""))
                .filter(l -> !l.isEmpty()).toList());
        return new TextInput(title, opening, cleaned, closing, place, in.date());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional
    public Declaration update(long id, TextInput input) {
        Declaration d = writable(id);
        if (d.getStatus() != Declaration.Status.DRAFT) {
            throw BusinessException.conflict("decl.frozen");
        }
        TextInput in = checkText(input);
        Map<String, Object> before = snapshot(d);
        d.setTitle(in.title());
        d.setOpening(in.opening());
        d.setPoints(in.points());
        d.setClosing(in.closing());
        d.setPlace(in.place());
        d.setDate(in.date());
        audit.record("declaration.update", "Declaration", d.getId(), d.getUnit().getId(), d.getTitle(), before, snapshot(d));
        return d;
    }

    @Transactional
    public DeclarationSigner addSigner(long id, SignerInput in) {
        Declaration d = writable(id);
        if (d.getStatus() == Declaration.Status.FINAL || d.getStatus() == Declaration.Status.REVOKED) {
            throw BusinessException.conflict("decl.closed");
        }
        String name = strip(in.name());
        String position = strip(in.position());
        String nip = strip(in.nip());
        String email = strip(in.email());
        String region = strip(in.regionCode());
        if (name == null) {
            throw BusinessException.invalid("name", "decl.signer.nameRequired");
        }
        if (name.length() > 150) {
            throw BusinessException.invalid("name", "decl.signer.nameTooLong");
        }
        if (position == null) {
            throw BusinessException.invalid("position", "decl.signer.positionRequired");
        }
        if (position.length() > 200) {
            throw BusinessException.invalid("position", "decl.signer.positionTooLong");
        }
        if (nip != null && !nip.replace(" ", "").matches("\\d{18}")) {
            throw BusinessException.invalid("nip", "decl.signer.nip");
        }
        if (email != null && (email.length() > 150 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw BusinessException.invalid("email", "decl.signer.email");
        }
        if (region != null && (region.length() > 13 || em.find(Region.class, region) == null)) {
            throw BusinessException.invalid("regionCode", "decl.signer.region");
        }
        int seq = signersOf(id).stream().mapToInt(DeclarationSigner::getSeq).max().orElse(0) + 1;
        DeclarationSigner s = new DeclarationSigner();
        s.setDeclaration(d);
        s.setSeq(seq);
        s.setName(name);
        s.setNip(nip == null ? null : nip.replace(" ", ""));
        s.setPosition(position);
        s.setEmail(email);
        s.setRegionCode(region);
        s.setStatus(DeclarationSigner.Status.PENDING);
        em.persist(s);
        em.flush();
        audit.record("declaration.signer.add", "Declaration", d.getId(), d.getUnit().getId(), name + " – " + position, null,
                signerSnapshot(s));
        return s;
    }

    @Transactional
    public void removeSigner(long id, long signerId) {
        Declaration d = writable(id);
        DeclarationSigner s = em.find(DeclarationSigner.class, signerId);
        if (s == null || !s.getDeclaration().getId().equals(d.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        if (!s.isOpen() || d.getStatus() == Declaration.Status.FINAL) {
            throw BusinessException.conflict("decl.signer.done");
        }
        audit.record("declaration.signer.remove", "Declaration", d.getId(), d.getUnit().getId(), s.getName(), signerSnapshot(s), null);
        em.remove(s);
    }

    /** SHA-256 over the frozen text: title, opening, each point, closing, place and date, one per line. */
    public static String textHash(Declaration d) {
        StringBuilder b = new StringBuilder();
        b.append(d.getTitle()).append('\n').append(d.getOpening()).append('\n');
        int i = 1;
        for (String p : d.pointList()) {
            b.append(i++).append(". ").append(p).append('\n');
        }
        b.append(d.getClosing() == null ? "" : d.getClosing()).append('\n').append(d.getPlace()).append('\n').append(d.getDate());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Freezes the text: from now on it cannot change, and its hash is fixed. */
    @Transactional
    public Declaration open(long id) {
        Declaration d = writable(id);
        if (d.getStatus() != Declaration.Status.DRAFT) {
            throw BusinessException.conflict("decl.alreadyOpen");
        }
        if (signersOf(id).isEmpty()) {
            throw BusinessException.invalid("signers", "decl.noSigners");
        }
        d.setStatus(Declaration.Status.OPEN);
        d.setTextHash(textHash(d));
        d.setFrozenAt(clock.now());
        audit.record("declaration.freeze", "Declaration", d.getId(), d.getUnit().getId(), d.getTitle(), null,
                Map.of("textHash", d.getTextHash()));
        return d;
    }

    /**
     * Mails a personal signing link to each chosen signer still to sign (all of them when none are
     * chosen) who has an address; a new link replaces the old one and unlocks it.
     *
     * @return how many links were sent
     */
    @Transactional
    public int send(long id, List<Long> signerIds) {
        Declaration d = writable(id);
        if (d.getStatus() != Declaration.Status.OPEN) {
            throw BusinessException.conflict("decl.notOpen");
        }
        int n = 0;
        for (DeclarationSigner s : signersOf(id)) {
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
            if (!s.isOpen() || s.getEmail() == null || (signerIds != null && !signerIds.isEmpty() && !signerIds.contains(s.getId()))) {
                continue;
            }
            String token = PasswordHasher.newSecret(24);
            s.setTokenHash(PasswordHasher.sha256Hex(token));
            s.setTokenExpiresAt(clock.now().plus(LINK_VALID));
            s.setCodeHash(null);
            s.setCodeAttempts(0);
            s.setCodesSent(0);
            s.setCodeVerifiedAt(null);
            s.setSentAt(clock.now());
            s.setStatus(DeclarationSigner.Status.SENT);
            DeclarationMails.Mail m = DeclarationMails.link(d, s, token);
            outbox.enqueue("declaration.link", s.getId(), s.getEmail(), m.subject(), m.text());
            audit.record("declaration.send", "Declaration", d.getId(), d.getUnit().getId(), s.getName() + " <" + s.getEmail() + ">",
                    null, Map.of("signerId", s.getId(), "to", s.getEmail()));
            n++;
        }
        if (n == 0) {
            throw BusinessException.invalid("signers", "decl.nobodyToSend");
        }
        return n;
    }

    static Map<String, Object> snapshot(Declaration d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.getTitle());
        m.put("opening", d.getOpening());
        m.put("points", d.getPoints());
        m.put("closing", d.getClosing());
        m.put("place", d.getPlace());
        m.put("date", String.valueOf(d.getDate()));
        m.put("status", d.getStatus().name());
        return m;
    }

    static Map<String, Object> signerSnapshot(DeclarationSigner s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signerId", s.getId());
        m.put("name", s.getName());
        m.put("position", s.getPosition());
        m.put("nip", s.getNip());
        m.put("regionCode", s.getRegionCode());
        m.put("email", s.getEmail());
        return m;
    }

    // ---- evidence ---------------------------------------------------------------------------

    public record Step(long seq, java.time.Instant at, String action, String actor, String ip, String detail, String hash) implements java.io.Serializable {
    }

    /**
     * The audit rows of a declaration, and whether each still verifies.
     *
     * @param brokenAtSeq the first row of this declaration whose hash no longer matches its content
     *        or whose predecessor link is broken, or null
     */
    public record Evidence(List<Step> steps, boolean intact, Long brokenAtSeq) implements java.io.Serializable {
    }

    @Transactional
    public Evidence evidence(long id) {
        get(id);
        return evidenceOf(em, id);
    }

    static Evidence evidenceOf(EntityManager em, long id) {
        List<AuditEntry> rows = em.createQuery("select a from AuditEntry a where a.chain = :c and a.entityType = 'Declaration'"
                        + " and a.entityId = :id order by a.seq", AuditEntry.class)
                .setParameter("c", AuditLog.MAIN_CHAIN).setParameter("id", String.valueOf(id)).getResultList();
        List<Step> steps = new ArrayList<>();
        Long broken = null;
        for (AuditEntry a : rows) {
            boolean ok = a.computeHash().equals(a.getHash());
            if (ok && a.getSeq() > 1) {
                List<String> prev = em.createQuery("select a.hash from AuditEntry a where a.chain = :c and a.seq = :s", String.class)
                        .setParameter("c", a.getChain()).setParameter("s", a.getSeq() - 1).getResultList();
                ok = !prev.isEmpty() && prev.get(0).equals(a.getPrevHash());
            }
            if (!ok && broken == null) {
                broken = a.getSeq();
            }
            steps.add(new Step(a.getSeq(), a.getOccurredAt(), a.getAction(), a.getActor(), a.getClientIp(),
                    a.getSummary(), a.getHash()));
        }
        return new Evidence(steps, broken == null, broken);
    }
}
