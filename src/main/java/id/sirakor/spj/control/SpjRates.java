package id.sirakor.spj.control;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.text.FormRules;
import id.sirakor.platform.text.NoFormula;
import id.sirakor.platform.text.SingleLine;
import id.sirakor.region.entity.Region;
import id.sirakor.registration.control.PersonalIds;
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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit's SPJ rates (Standar Biaya Masukan per year, PPh 21 rule, transport per region) and the
 * speakers' finance data. Rates: read by the unit's staff, written by its secretariat (or ADMIN);
 * a unit without its own set uses the nearest unit above that has one (ADR 0093). Finance data:
 * only the secretariat of the speaker's owner unit and ADMIN (personal data).
 */
@ApplicationScoped
@Transactional
public class SpjRates {

    /** The largest amount a DECIMAL(15,2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    static final BigDecimal MAX_PERCENT = new BigDecimal("100");
    static final int MAX_TRANSPORT_ROWS = 600;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    SpjService spj;

    public record TaxDto(BigDecimal golI, BigDecimal golII, BigDecimal golIII, BigDecimal golIV, BigDecimal nonAsn,
                         BigDecimal nonAsnNoNpwp) {
    }

    public record TransportDto(String regionCode, String regionName, BigDecimal amount) {
    }

    /** What applies to the unit for the year, and where it comes from (own or inherited). */
    public record RatesView(long unitId, String unitName, boolean writable, int year, Map<String, BigDecimal> honor,
                            String honorFrom, boolean honorOwn, TaxDto tax, String taxFrom, boolean taxOwn,
                            List<TransportDto> transport, String transportFrom, boolean transportOwn) {
    }

    /** A change: any part left null is kept. An empty honor map / transport list removes the unit's own set (inherit again). */
    public record RatesForm(Integer year, Map<String, BigDecimal> honor, TaxDto tax, List<TransportDto> transport) {
    }

    public record FinanceForm(boolean asn, @Size(max = 3) String golongan, @Size(max = 18) String nip,
                              @Size(max = 20) String npwp, String category,
                              @Size(max = 60) @SingleLine @NoFormula String bankName,
                              @Size(max = 30) String accountNo,
                              @Size(max = 150) @SingleLine @NoFormula String accountHolder) {
    }

    public record FinanceView(long speakerId, String name, boolean asn, String golongan, String nip, String npwp,
                              String category, String bankName, String accountNo, String accountHolder) {
    }

    // ---- rates ------------------------------------------------------------------------------

    private OrgUnit readableUnit(long unitId) {
        scope.requireStaff();
        OrgUnit u = em.find(OrgUnit.class, unitId);
        if (u == null || !scope.canRead(u)) {
            throw BusinessException.notFound("error.notFound");
        }
        return u;
    }

    public RatesView view(long unitId, Integer year) {
        OrgUnit u = readableUnit(unitId);
        int y = year == null ? LocalDate.ofInstant(clock.now(), id.sirakor.platform.time.IndonesianTime.WIB).getYear() : checkYear(year);
        SpjService.Rates r = spj.rates(u, y);
        Map<String, BigDecimal> honor = new LinkedHashMap<>();
        for (SpjCategory c : SpjCategory.values()) {
            honor.put(c.name(), r.honor.get(c));
        }
        TaxRule t = r.tax;
        List<TransportDto> transport = new ArrayList<>();
        r.transport.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Region reg = em.find(Region.class, e.getKey());
            transport.add(new TransportDto(e.getKey(), reg == null ? null : reg.getName(), e.getValue()));
        });
        return new RatesView(u.getId(), u.getName(), scope.canManage(u), y, honor,
                r.honorFrom == null ? null : r.honorFrom.getName(), r.honorFrom != null && r.honorFrom.getId().equals(u.getId()),
                new TaxDto(t.getPctGol1(), t.getPctGol2(), t.getPctGol3(), t.getPctGol4(), t.getPctNonAsn(), t.getPctNonAsnNoNpwp()),
                r.taxFrom == null ? null : r.taxFrom.getName(), r.taxFrom != null && r.taxFrom.getId().equals(u.getId()),
                transport, r.transportFrom == null ? null : r.transportFrom.getName(),
                r.transportFrom != null && r.transportFrom.getId().equals(u.getId()));
    }

    static int checkYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw BusinessException.invalid("year", "spj.yearInvalid");
        }
        return year;
    }

    static BigDecimal amount(String field, BigDecimal a) {
        if (a == null) {
            throw BusinessException.invalid(field, "spj.amountRequired");
        }
        if (a.signum() < 0 || a.compareTo(MAX_AMOUNT) > 0 || a.stripTrailingZeros().scale() > 2) {
            throw BusinessException.invalid(field, "spj.amount");
        }
        return a.setScale(2);
    }

    static BigDecimal percent(String field, BigDecimal p) {
        if (p == null || p.signum() < 0 || p.compareTo(MAX_PERCENT) > 0 || p.stripTrailingZeros().scale() > 2) {
            throw BusinessException.invalid(field, "spj.percent");
        }
        return p.setScale(2);
    }

    public RatesView save(long unitId, RatesForm f) {
        OrgUnit u = readableUnit(unitId);
        if (!scope.canManage(u)) {
            throw BusinessException.forbidden("error.readOnlyUnit", u.getName());
        }
        if (f == null) {
            throw BusinessException.invalid("error.json.type");
        }
        int year = checkYear(f.year());
        // everything is checked before the first write: nothing half-saved
        Map<SpjCategory, BigDecimal> honor = null;
        if (f.honor() != null) {
            honor = new EnumMap<>(SpjCategory.class);
            for (var e : f.honor().entrySet()) {
                SpjCategory c;
                try {
                    c = SpjCategory.valueOf(String.valueOf(e.getKey()));
                } catch (IllegalArgumentException x) {
                    throw BusinessException.invalid("honor", "spj.categoryUnknown", String.valueOf(e.getKey()));
                }
                if (e.getValue() != null) {
                    honor.put(c, amount("honor." + c.name(), e.getValue()));
                }
            }
        }
        TaxRule tax = null;
        if (f.tax() != null) {
            TaxDto t = f.tax();
            tax = new TaxRule();
            tax.setUnitId(u.getId());
            tax.setPctGol1(percent("golI", t.golI()));
            tax.setPctGol2(percent("golII", t.golII()));
            tax.setPctGol3(percent("golIII", t.golIII()));
            tax.setPctGol4(percent("golIV", t.golIV()));
            tax.setPctNonAsn(percent("nonAsn", t.nonAsn()));
            tax.setPctNonAsnNoNpwp(percent("nonAsnNoNpwp", t.nonAsnNoNpwp()));
        }
        Map<String, BigDecimal> transport = null;
        if (f.transport() != null) {
            if (f.transport().size() > MAX_TRANSPORT_ROWS) {
                throw BusinessException.invalid("transport", "spj.tooManyRates", MAX_TRANSPORT_ROWS);
            }
            transport = new LinkedHashMap<>();
            for (TransportDto t : f.transport()) {
                if (t == null) {
                    continue;
                }
                String code = t.regionCode() == null ? "" : t.regionCode().trim();
                Region reg = code.isEmpty() || code.length() > 13 ? null : em.find(Region.class, code);
                if (reg == null) {
                    throw BusinessException.invalid("regionCode", "spj.regionUnknown", code.length() > 13 ? code.substring(0, 13) : code);
                }
                if (transport.put(code, amount("amount", t.amount())) != null) {
                    throw BusinessException.invalid("regionCode", "spj.regionTwice", reg.getName());
                }
            }
        }
        var now = clock.now();
        Map<String, Object> after = new LinkedHashMap<>();
        if (honor != null) {
            em.createQuery("delete from HonorRate h where h.unit.id = :u and h.validYear = :y")
                    .setParameter("u", u.getId()).setParameter("y", year).executeUpdate();
            for (var e : honor.entrySet()) {
                HonorRate h = new HonorRate();
                h.setUnit(u);
                h.setValidYear(year);
                h.setCategory(e.getKey());
                h.setRatePerHour(e.getValue());
                h.setUpdatedAt(now);
                em.persist(h);
            }
            after.put("honor", honor.toString());
        }
        if (tax != null) {
            TaxRule old = em.find(TaxRule.class, u.getId());
            if (old != null) {
                em.remove(old);
                em.flush();
            }
            tax.setUpdatedAt(now);
            em.persist(tax);
            after.put("tax", List.of(tax.getPctGol1(), tax.getPctGol2(), tax.getPctGol3(), tax.getPctGol4(),
                    tax.getPctNonAsn(), tax.getPctNonAsnNoNpwp()).toString());
        }
        if (transport != null) {
            em.createQuery("delete from TransportRate t where t.unit.id = :u").setParameter("u", u.getId()).executeUpdate();
            for (var e : transport.entrySet()) {
                TransportRate t = new TransportRate();
                t.setUnit(u);
                t.setRegionCode(e.getKey());
                t.setAmount(e.getValue());
                t.setUpdatedAt(now);
                em.persist(t);
            }
            after.put("transport", transport.size());
        }
        em.flush();
        after.put("year", year);
        audit.record("spj.rates", "OrgUnit", u.getId(), u.getId(), u.getName() + " " + year, null, after);
        return view(unitId, year);
    }

    // ---- speaker finance data ---------------------------------------------------------------

    private Speaker managedSpeaker(long speakerId) {
        scope.requireStaff();
        Speaker s = em.find(Speaker.class, speakerId);
        if (s == null || !scope.canRead(s.getOwnerUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        if (!scope.canManage(s.getOwnerUnit())) {
            throw BusinessException.forbidden("spj.financeOwnerOnly");
        }
        return s;
    }

    public FinanceView finance(long speakerId) {
        Speaker s = managedSpeaker(speakerId);
        SpeakerFinance f = em.find(SpeakerFinance.class, speakerId);
        if (f == null) {
            return new FinanceView(s.getId(), s.displayName(), false, null, null, null, null, null, null, null);
        }
        return new FinanceView(s.getId(), s.displayName(), f.isAsn(), f.getGolongan(), f.getNip(), f.getNpwp(),
                f.getCategory() == null ? null : f.getCategory().name(), f.getBankName(), f.getAccountNo(), f.getAccountHolder());
    }

    static final Set<String> GOLONGAN = new HashSet<>(List.of("I", "II", "III", "IV"));

    public FinanceView saveFinance(long speakerId, FinanceForm form) {
        Speaker s = managedSpeaker(speakerId);
        FormRules.check(form);
        String golongan = trim(form.golongan());
        if (golongan != null) {
            golongan = golongan.toUpperCase(java.util.Locale.ROOT);
            if (!GOLONGAN.contains(golongan)) {
                throw BusinessException.invalid("golongan", "spj.golonganInvalid");
            }
        }
        if (!form.asn()) {
            golongan = null;
        }
        String nip = trim(form.nip());
        if (nip != null) {
            nip = PersonalIds.checkNip("nip", nip, LocalDate.ofInstant(clock.now(), id.sirakor.platform.time.IndonesianTime.WIB));
        }
        String npwp = trim(form.npwp());
        if (npwp != null) {
            npwp = PersonalIds.digits(npwp);
            if (!npwp.matches("\\d{15}|\\d{16}")) {
                throw BusinessException.invalid("npwp", "spj.npwpInvalid");
            }
        }
        SpjCategory category = null;
        if (trim(form.category()) != null) {
            try {
                category = SpjCategory.valueOf(form.category().trim());
            } catch (IllegalArgumentException x) {
                throw BusinessException.invalid("category", "spj.categoryUnknown", form.category().trim());
            }
        }
        String account = trim(form.accountNo());
        if (account != null) {
            account = PersonalIds.digits(account);
            if (!account.matches("\\d{5,30}")) {
                throw BusinessException.invalid("accountNo", "spj.accountNoInvalid");
            }
        }
        SpeakerFinance f = em.find(SpeakerFinance.class, speakerId);
        boolean fresh = f == null;
        if (fresh) {
            f = new SpeakerFinance();
            f.setSpeakerId(s.getId());
        }
        f.setAsn(form.asn());
        f.setGolongan(golongan);
        f.setNip(nip);
        f.setNpwp(npwp);
        f.setCategory(category);
        f.setBankName(trim(form.bankName()));
        f.setAccountNo(account);
        f.setAccountHolder(trim(form.accountHolder()));
        f.setUpdatedAt(clock.now());
        if (fresh) {
            em.persist(f);
        }
        // the audit names what changed, never the numbers themselves
        audit.record("spj.finance", "Speaker", s.getId(), s.getOwnerUnit().getId(), s.displayName(), null,
                Map.of("asn", form.asn(), "golongan", golongan == null ? "-" : golongan, "category", category == null ? "-" : category.name(),
                        "bank", f.getBankName() == null ? "-" : f.getBankName()));
        return finance(speakerId);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
