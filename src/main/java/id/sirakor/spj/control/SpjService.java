package id.sirakor.spj.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.text.Terbilang;
import id.sirakor.region.entity.Region;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.spj.entity.HonorRate;
import id.sirakor.spj.entity.SpeakerFinance;
import id.sirakor.spj.entity.SpjCategory;
import id.sirakor.spj.entity.TaxRule;
import id.sirakor.spj.entity.TransportRate;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SPJ of an event, computed from data Sirakor holds: honoraria of the narasumber and
 * moderators from the timetable and the unit's Standar Biaya Masukan, PPh 21 by the unit's rule,
 * uang transport of the participants who were present by their institution's region, and the
 * rekap of participants by institution. Rules and rounding: ADR 0092 and 0093, docs/spj.md.
 * <p>Who: the event's own secretariat and ADMIN only (bank accounts, NIP, NPWP): 401, 403 for
 * any other role or a unit above, 404 for an event the caller cannot see.
 */
@ApplicationScoped
@Transactional
public class SpjService {

    /** Sessions whose speakers are not paid an honorarium: remarks by officials, breaks. */
    static final Set<SessionKind> UNPAID = Set.of(SessionKind.SAMBUTAN, SessionKind.PENUTUPAN, SessionKind.ISTIRAHAT);

    public static final String ROLE_SPEAKER = "NARASUMBER";
    public static final String ROLE_MODERATOR = "MODERATOR";

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    public record HonorRow(int no, long speakerId, String name, String position, String role, String represents,
                           boolean asn, String golongan, String nip, String npwp, SpjCategory category, String categoryLabel,
                           long minutes, BigDecimal hours, BigDecimal rate, BigDecimal bruto, BigDecimal pphPercent,
                           BigDecimal pph, BigDecimal netto, String bankName, String accountNo, String accountHolder,
                           boolean masked, List<String> sessions, List<String> flags) {
    }

    public record TransportRow(int no, long registrationId, String name, String institution, String region,
                               String rateRegion, BigDecimal amount, List<String> flags) {
    }

    public record RekapRow(int no, String institution, String type, String region, long registered, long present) {
    }

    public record Totals(BigDecimal bruto, BigDecimal pph, BigDecimal netto, String nettoWords, String brutoWords) {
    }

    public record Spj(long eventId, String eventTitle, long unitId, String unitName, String unitCity, String budgetLine,
                      String dateText, LocalDate lastDay, String place, int year,
                      String honorRatesFrom, String taxRuleFrom, String transportRatesFrom,
                      List<HonorRow> honor, Totals honorTotals,
                      List<TransportRow> transport, BigDecimal transportTotal, String transportWords,
                      List<RekapRow> rekap, long rekapRegistered, long rekapPresent, List<String> notes) {
    }

    // ---- access -----------------------------------------------------------------------------

    /** The event for its own secretariat (or ADMIN): 401, 403 (role, or another unit's staff that sees it), 404. */
    public Event accessible(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("spj.ownUnitOnly");
        }
        return e;
    }

    // ---- the computation --------------------------------------------------------------------

    public Spj compute(long eventId) {
        Event e = accessible(eventId);
        List<EventDay> days = new ArrayList<>(e.getDays());
        days.sort(Comparator.comparing(EventDay::getDayDate));
        LocalDate first = !days.isEmpty() ? days.get(0).getDayDate()
                : LocalDate.ofInstant(e.getCreatedAt() != null ? e.getCreatedAt() : java.time.Instant.now(), e.zone());
        LocalDate last = days.isEmpty() ? first : days.get(days.size() - 1).getDayDate();
        int year = first.getYear();
        String place = days.isEmpty() || days.get(0).getHall() == null ? null
                : days.get(0).getHall().getName() + ", " + days.get(0).getHall().getVenue().getName();
        List<String> notes = new ArrayList<>();

        Rates rates = rates(e.getUnit(), year);
        if (rates.honorFrom == null) {
            notes.add("Standar Biaya Masukan tahun " + year + " belum diisi: tarif honorarium Rp0.");
        }

        List<HonorRow> honor = honor(e, rates, notes);
        BigDecimal bruto = BigDecimal.ZERO;
        BigDecimal pph = BigDecimal.ZERO;
        BigDecimal netto = BigDecimal.ZERO;
        for (HonorRow r : honor) {
            bruto = bruto.add(r.bruto());
            pph = pph.add(r.pph());
            netto = netto.add(r.netto());
        }
        Totals totals = new Totals(bruto, pph, netto, Terbilang.rupiah(netto), Terbilang.rupiah(bruto));

        List<TransportRow> transport = transport(e, rates, notes);
        BigDecimal transportTotal = transport.stream().map(TransportRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        List<RekapRow> rekap = rekap(e);
        long registered = rekap.stream().mapToLong(RekapRow::registered).sum();
        long present = rekap.stream().mapToLong(RekapRow::present).sum();

        return new Spj(e.getId(), e.getTitle(), e.getUnit().getId(), e.getUnit().getName(), e.getUnit().getCity(),
                e.getBudgetLine(), dateText(first, last), last, place, year,
                rates.honorFrom == null ? null : rates.honorFrom.getName(), rates.taxFrom == null ? null : rates.taxFrom.getName(),
                rates.transportFrom == null ? null : rates.transportFrom.getName(),
                honor, totals, transport, transportTotal, Terbilang.rupiah(transportTotal), rekap, registered, present, notes);
    }

    static String dateText(LocalDate first, LocalDate last) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", id.sirakor.platform.time.IndonesianTime.ID);
        return first.equals(last) ? f.format(first) : f.format(first) + " s.d. " + f.format(last);
    }

    /** The rate sets that apply to a unit (its own, else the nearest unit above that has one: ADR 0093). */
    static final class Rates {
        OrgUnit honorFrom;
        Map<SpjCategory, BigDecimal> honor = new EnumMap<>(SpjCategory.class);
        OrgUnit taxFrom;
        TaxRule tax;
        OrgUnit transportFrom;
        Map<String, BigDecimal> transport = new HashMap<>();
    }

    Rates rates(OrgUnit unit, int year) {
        Rates r = new Rates();
        for (OrgUnit u = unit; u != null; u = u.getParent()) {
            if (r.honorFrom == null) {
                List<HonorRate> rows = em.createQuery("select h from HonorRate h where h.unit.id = :u and h.validYear = :y", HonorRate.class)
                        .setParameter("u", u.getId()).setParameter("y", year).getResultList();
                if (!rows.isEmpty()) {
                    r.honorFrom = u;
                    rows.forEach(h -> r.honor.put(h.getCategory(), h.getRatePerHour()));
                }
            }
            if (r.tax == null) {
                TaxRule t = em.find(TaxRule.class, u.getId());
                if (t != null) {
                    r.taxFrom = u;
                    r.tax = t;
                }
            }
            if (r.transportFrom == null) {
                List<TransportRate> rows = em.createQuery("select t from TransportRate t where t.unit.id = :u", TransportRate.class)
                        .setParameter("u", u.getId()).getResultList();
                if (!rows.isEmpty()) {
                    r.transportFrom = u;
                    rows.forEach(t -> r.transport.put(t.getRegionCode(), t.getAmount()));
                }
            }
        }
        if (r.tax == null) {
            r.tax = TaxRule.defaults(unit.getId());
        }
        return r;
    }

    private record Key(long speakerId, String role) {
    }

    private List<HonorRow> honor(Event e, Rates rates, List<String> notes) {
        List<EventSession> sessions = em.createQuery("select s from EventSession s where s.event.id = :e order by s.startsAt, s.id",
                EventSession.class).setParameter("e", e.getId()).getResultList();
        Map<Key, Long> minutes = new LinkedHashMap<>();
        Map<Key, List<String>> titles = new HashMap<>();
        Map<Key, Set<String>> represents = new HashMap<>();
        Map<Long, Speaker> people = new HashMap<>();
        ZoneId zone = e.zone();
        for (EventSession s : sessions) {
            long length = Duration.between(s.getStartsAt(), s.getEndsAt()).toMinutes();
            String title = s.getTitle() + " (" + id.sirakor.platform.time.IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), zone,
                    id.sirakor.platform.time.IndonesianTime.ID) + ")";
            if (UNPAID.contains(s.getKind())) {
                continue;
            }
            for (SessionSpeaker slot : s.getSlots()) {
                // The one who actually spoke is paid, by their own category and tax rule; the official they represent is not.
                Speaker paid = slot.getActualSpeaker();
                Key k = new Key(paid.getId(), ROLE_SPEAKER);
                people.put(paid.getId(), paid);
                minutes.merge(k, length, Long::sum);
                titles.computeIfAbsent(k, x -> new ArrayList<>()).add(title);
                if (slot.getRepresentedBy() != null) {
                    represents.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(slot.getSpeaker().displayNameWithPosition());
                }
            }
            if (s.getModerator() != null) {
                Key k = new Key(s.getModerator().getId(), ROLE_MODERATOR);
                people.put(s.getModerator().getId(), s.getModerator());
                minutes.merge(k, length, Long::sum);
                titles.computeIfAbsent(k, x -> new ArrayList<>()).add(title);
            }
        }
        List<HonorRow> rows = new ArrayList<>();
        int no = 0;
        for (var entry : minutes.entrySet()) {
            Key k = entry.getKey();
            Speaker p = people.get(k.speakerId());
            SpeakerFinance f = em.find(SpeakerFinance.class, p.getId());
            boolean visible = scope.canManage(p.getOwnerUnit());
            List<String> flags = new ArrayList<>();
            SpjCategory category = ROLE_MODERATOR.equals(k.role()) ? SpjCategory.MODERATOR : f == null ? null : f.getCategory();
            if (f == null) {
                flags.add("noFinance");
            } else {
                if (category == null) {
                    flags.add("noCategory");
                }
                if (f.isAsn() && f.getGolongan() == null) {
                    flags.add("noGolongan");
                }
                if (blank(f.getAccountNo()) || blank(f.getBankName())) {
                    flags.add("noBank");
                }
            }
            BigDecimal rate = category == null ? null : rates.honor.get(category);
            if (category != null && rate == null) {
                flags.add("noRate");
            }
            boolean asn = f != null && f.isAsn();
            boolean npwp = f != null && !blank(f.getNpwp());
            BigDecimal pct = f == null ? null : rates.tax.percentFor(asn, f.getGolongan(), npwp);
            if (pct == null) {
                pct = BigDecimal.ZERO.setScale(2);
            }
            BigDecimal hours = HonorMath.hours(entry.getValue());
            BigDecimal r = rate == null ? BigDecimal.ZERO.setScale(2) : rate;
            BigDecimal bruto = HonorMath.bruto(r, hours);
            BigDecimal pph = HonorMath.pph(bruto, pct);
            String nip = f == null || blank(f.getNip()) ? null : visible ? PersonalIds.formatNip(f.getNip()) : mask(f.getNip());
            rows.add(new HonorRow(++no, p.getId(), p.displayName(), p.getPosition(), k.role(),
                    represents.containsKey(k) ? String.join("; ", represents.get(k)) : null,
                    asn, f == null ? null : f.getGolongan(), nip,
                    f == null || blank(f.getNpwp()) ? null : visible ? f.getNpwp() : mask(f.getNpwp()),
                    category, category == null ? null : category.label(), entry.getValue(), hours, r, bruto, pct, pph,
                    bruto.subtract(pph), f == null ? null : f.getBankName(),
                    f == null || blank(f.getAccountNo()) ? null : visible ? f.getAccountNo() : mask(f.getAccountNo()),
                    f == null ? null : f.getAccountHolder(), !visible, titles.get(k), flags));
            if (!flags.isEmpty()) {
                notes.add(p.displayName() + ": " + String.join(", ", flags.stream().map(SpjService::flagText).toList()) + ".");
            }
        }
        return rows;
    }

    /** The flags in Indonesian, for the documents' notes. */
    public static String flagText(String flag) {
        return switch (flag) {
            case "noFinance" -> "data keuangan belum diisi";
            case "noCategory" -> "kategori SBM belum diisi";
            case "noGolongan" -> "golongan ASN belum diisi";
            case "noBank" -> "rekening bank belum diisi";
            case "noRate" -> "tarif SBM untuk kategorinya belum ada";
            case "noRegion" -> "wilayah asal instansi tidak diketahui";
            case "noTransportRate" -> "tarif transport wilayah asal belum ada";
            case "regionFromName" -> "wilayah asal dibaca dari nama instansi";
            default -> flag;
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "••••••1234": the last four characters only. */
    public static String mask(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= 4 ? "****" : "*".repeat(Math.min(8, s.length() - 4)) + s.substring(s.length() - 4);
    }

    private List<TransportRow> transport(Event e, Rates rates, List<String> notes) {
        List<Registration> present = em.createQuery("select r from Registration r left join fetch r.institution where r.event.id = :e"
                + " and r.id in (select a.registration.id from Attendance a where a.eventId = :e) order by r.name, r.id", Registration.class)
                .setParameter("e", e.getId()).getResultList();
        List<TransportRow> rows = new ArrayList<>();
        int no = 0;
        int unresolved = 0;
        Map<String, Region> byName = null;
        for (Registration r : present) {
            Institution inst = r.getInstitution();
            Region region = inst == null ? null : inst.getRegion();
            List<String> flags = new ArrayList<>();
            if (region == null && r.getInstitutionName() != null) {
                // a typed institution ("Kesbangpol Kota Padang"): the regency/city or province its name ends with
                if (byName == null) {
                    byName = regionsByName();
                }
                region = regionOfName(r.getInstitutionName(), byName);
                if (region != null) {
                    flags.add("regionFromName");
                }
            }
            BigDecimal amount = null;
            String rateRegion = null;
            if (region == null) {
                flags.add("noRegion");
            } else {
                for (String code = region.getCode(); code != null; ) {
                    BigDecimal a = rates.transport.get(code);
                    if (a != null) {
                        amount = a;
                        Region rr = em.find(Region.class, code);
                        rateRegion = rr == null ? code : rr.getName();
                        break;
                    }
                    Region up = em.find(Region.class, code);
                    code = up == null ? null : up.getParentCode();
                }
                if (amount == null) {
                    flags.add("noTransportRate");
                }
            }
            if (amount == null) {
                unresolved++;
                amount = BigDecimal.ZERO.setScale(2);
            }
            rows.add(new TransportRow(++no, r.getId(), id.sirakor.platform.text.PersonName.format(null, r.getFrontTitle(), r.getName(), r.getBackTitle()), r.getInstitutionName(),
                    region == null ? null : region.getName(), rateRegion, amount, flags));
        }
        if (unresolved > 0) {
            notes.add(unresolved + " peserta tanpa tarif transport (wilayah asal tidak diketahui atau belum bertarif): Rp0.");
        }
        return rows;
    }

    /** Provinces ("provinsi sumatera barat") and regencies/cities ("kota padang", "kabupaten agam") by lower-case name. */
    private Map<String, Region> regionsByName() {
        Map<String, Region> m = new HashMap<>();
        for (Region r : em.createQuery("select r from Region r where r.level in :l", Region.class)
                .setParameter("l", List.of(id.sirakor.region.entity.RegionLevel.PROVINCE, id.sirakor.region.entity.RegionLevel.REGENCY))
                .getResultList()) {
            String n = r.getName().toLowerCase(java.util.Locale.ROOT);
            m.put(r.getLevel() == id.sirakor.region.entity.RegionLevel.PROVINCE ? "provinsi " + n : n, r);
        }
        return m;
    }

    /** The region whose name the institution's name ends with, the longest such name; null when none. */
    static Region regionOfName(String institution, Map<String, Region> byName) {
        String t = institution.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        String[] words = t.split(" ");
        // the last 2..5 words are tried, longest first: "kota padang panjang" before "padang panjang"
        for (int n = Math.min(5, words.length); n >= 2; n--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            Region r = byName.get(tail);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private List<RekapRow> rekap(Event e) {
        List<Registration> regs = em.createQuery("select r from Registration r left join fetch r.institution where r.event.id = :e"
                + " and r.status = :s order by r.institutionName, r.id", Registration.class)
                .setParameter("e", e.getId()).setParameter("s", RegistrationStatus.CONFIRMED).getResultList();
        Set<Long> present = new HashSet<>(em.createQuery("select distinct a.registration.id from Attendance a where a.eventId = :e", Long.class)
                .setParameter("e", e.getId()).getResultList());
        Map<String, long[]> counts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String[]> info = new HashMap<>();
        Map<String, Region> byName = null;
        for (Registration r : regs) {
            String name = r.getInstitutionName() == null ? "(tanpa instansi)" : r.getInstitutionName();
            long[] c = counts.computeIfAbsent(name, x -> new long[2]);
            c[0]++;
            if (present.contains(r.getId())) {
                c[1]++;
            }
            Institution inst = r.getInstitution();
            if (inst != null && !info.containsKey(name)) {
                info.put(name, new String[] {inst.getType() == null ? null : inst.getType().name(),
                    inst.getRegion() == null ? null : inst.getRegion().getName()});
            } else if (inst == null && !info.containsKey(name) && r.getInstitutionName() != null) {
                if (byName == null) {
                    byName = regionsByName();
                }
                Region guessed = regionOfName(r.getInstitutionName(), byName);
                info.put(name, new String[] {null, guessed == null ? null : guessed.getName()});
            }
        }
        List<RekapRow> rows = new ArrayList<>();
        int no = 0;
        for (var c : counts.entrySet()) {
            String[] i = info.getOrDefault(c.getKey(), new String[2]);
            rows.add(new RekapRow(++no, c.getKey(), i[0], i[1], c.getValue()[0], c.getValue()[1]));
        }
        return rows;
    }
}
