package id.sirakor.demo;

import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.spj.entity.HonorRate;
import id.sirakor.spj.entity.SpeakerFinance;
import id.sirakor.spj.entity.SpjCategory;
import id.sirakor.spj.entity.TaxRule;
import id.sirakor.spj.entity.TransportRate;
import id.sirakor.speaker.entity.Speaker;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * SPJ demo data: a national Standar Biaya Masukan at Bawaslu RI that the provinces and regencies
 * inherit (SBM-like figures), the default PPh 21 rule set explicitly at RI, transport rates per
 * province and regency for the organizing units, and finance data for the demo speakers
 * (fictional NIP, NPWP and account numbers) — so the past rakor (event 4) has a full SPJ. One
 * speaker (the police officer in Balikpapan) is left without finance data to show the flags.
 */
@ApplicationScoped
public class DemoSpj {

    private static final Logger LOG = Logger.getLogger(DemoSpj.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    DemoSpj self;

    void onSchemaReady(@Observes @Priority(2950) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    LOG.info("Demo SPJ rates and speakers' finance data loaded.");
                }
            });
        }
    }

    @Transactional
    public boolean load() {
        if (em.createQuery("select count(h) from HonorRate h", Long.class).getSingleResult() > 0
                || em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult() == 0) {
            return false;
        }
        Instant now = clock.now();
        OrgUnit ri = unit("BAWASLU-RI");
        if (ri == null) {
            return false;
        }
        for (int year = 2023; year <= 2027; year++) {
            rate(ri, year, SpjCategory.MENTERI, "1700000", now);
            rate(ri, year, SpjCategory.ESELON_I, "1000000", now);
            rate(ri, year, SpjCategory.ESELON_II, "900000", now);
            rate(ri, year, SpjCategory.ESELON_III, "800000", now);
            rate(ri, year, SpjCategory.NON_ASN, "800000", now);
            rate(ri, year, SpjCategory.MODERATOR, "700000", now);
        }
        TaxRule tax = TaxRule.defaults(ri.getId());
        tax.setUpdatedAt(now);
        em.persist(tax);

        transport("BAWASLU-13", now, "13", "150000", "13.01", "500000", "13.75", "200000", "13.71", "250000");
        transport("BAWASLU-33.04", now, "33", "150000", "33.04", "100000");
        transport("BAWASLU-64.71", now, "64", "300000", "64.71", "100000");
        transport("BAWASLU-RI", now, "31", "150000", "13", "500000", "33", "450000", "64", "500000");

        // fictional people, made-up numbers
        finance("Hendra Gunawan", true, "IV", "197508122002121004", "091234567203000", SpjCategory.ESELON_II, "Bank Nagari", "2101234567", now);
        finance("Rina Oktaviani", true, "III", "198203142008012012", "092345678203000", SpjCategory.ESELON_III, "BNI", "0412345678", now);
        finance("Vino Arfianto", false, null, null, "093456789203000", SpjCategory.NON_ASN, "Bank Nagari", "2109876543", now);
        finance("P. Situmorang", true, "IV", "196905201994031003", "094567891203000", SpjCategory.ESELON_II, "Bank Mandiri", "1230004567890", now);
        finance("Nurhayati Syafri", false, null, null, "095678912203000", SpjCategory.NON_ASN, "Bank Nagari", "2105556667", now);
        finance("Sutrisno Wibowo", true, "IV", "196707171992031002", "096789123203000", SpjCategory.ESELON_I, "BRI", "034501000123456", now);
        finance("Rahmad Baskara", false, null, null, "097891234203000", SpjCategory.NON_ASN, "BNI", "0498765432", now);
        finance("Teguh Sumarno", true, "IV", "197101011996031005", "098912345203000", SpjCategory.ESELON_II, "Bank Jateng", "3012345678", now);
        finance("Agus Priyanto", false, null, null, null, SpjCategory.NON_ASN, "BRI", "012301000765432", now);
        finance("Sri Widyaningrum", true, "III", "198509092010122003", "099123456203000", SpjCategory.ESELON_III, "BNI", "0456789123", now);
        finance("Sardi Wiratmo", false, null, null, "091112223203000", SpjCategory.NON_ASN, "Bank Jateng", "3019876543", now);
        finance("Eko Kurniadi", false, null, null, "092223334203000", SpjCategory.NON_ASN, "Bank Mandiri", "1490001234567", now);
        finance("Ahmad Fauzan", false, null, null, "093334445203000", SpjCategory.NON_ASN, "Bankaltimtara", "0061234567", now);
        return true;
    }

    private OrgUnit unit(String code) {
        List<OrgUnit> u = em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class).setParameter("c", code).getResultList();
        return u.isEmpty() ? null : u.get(0);
    }

    private void rate(OrgUnit unit, int year, SpjCategory c, String amount, Instant now) {
        HonorRate h = new HonorRate();
        h.setUnit(unit);
        h.setValidYear(year);
        h.setCategory(c);
        h.setRatePerHour(new BigDecimal(amount).setScale(2));
        h.setUpdatedAt(now);
        em.persist(h);
    }

    private void transport(String unitCode, Instant now, String... codeAmount) {
        OrgUnit u = unit(unitCode);
        if (u == null) {
            return;
        }
        for (int i = 0; i < codeAmount.length; i += 2) {
            TransportRate t = new TransportRate();
            t.setUnit(u);
            t.setRegionCode(codeAmount[i]);
            t.setAmount(new BigDecimal(codeAmount[i + 1]).setScale(2));
            t.setUpdatedAt(now);
            em.persist(t);
        }
    }

    private void finance(String name, boolean asn, String golongan, String nip, String npwp, SpjCategory category,
                         String bank, String account, Instant now) {
        for (Speaker s : em.createQuery("select s from Speaker s where s.name = :n", Speaker.class).setParameter("n", name).getResultList()) {
            SpeakerFinance f = new SpeakerFinance();
            f.setSpeakerId(s.getId());
            f.setAsn(asn);
            f.setGolongan(golongan);
            f.setNip(nip);
            f.setNpwp(npwp);
            f.setCategory(category);
            f.setBankName(bank);
            f.setAccountNo(account);
            f.setAccountHolder(s.displayName());
            f.setUpdatedAt(now);
            em.persist(f);
        }
    }
}
