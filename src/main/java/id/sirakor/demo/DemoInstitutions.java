package id.sirakor.demo;

import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionContact;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo institutions from the seed articles, each owned by the unit that invited it: Bawaslu
 * Sumatera Barat (BKPSDM and Bawaslu of its regencies/cities, BKD Sumbar), Bawaslu Banjarnegara
 * (Kejaksaan, Kodim, Polres, courts, Kemenag, BPN, Bakesbangpol and OPDs, every kecamatan,
 * Unsoed), Bawaslu Balikpapan (Polresta, Sindikasi Pemilu dan Demokrasi, Pemkot OPDs), Bawaslu RI
 * (KASN, BKN, the provincial Bawaslu). Runs after {@link DemoData}; contact people are invented,
 * their numbers made up.
 */
@ApplicationScoped
public class DemoInstitutions {

    private static final Logger LOG = Logger.getLogger(DemoInstitutions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    DemoInstitutions self;

    void onSchemaReady(@Observes @Priority(2600) Migrations.SchemaReady ready) {
        if (!Settings.demoMode()) {
            return;
        }
        RequestAuditContext.runAsSystem("system:demo-data", () -> {
            int n = self.load();
            if (n > 0) {
                LOG.info("Demo institutions loaded: " + n);
            }
        });
    }

    @Transactional
    public int load() {
        if (em.createQuery("select count(i) from Institution i", Long.class).getSingleResult() > 0) {
            return 0;
        }
        OrgUnit ri = unit("BAWASLU-RI");
        OrgUnit sumbar = unit("BAWASLU-13");
        OrgUnit banjarnegara = unit("BAWASLU-33.04");
        OrgUnit balikpapan = unit("BAWASLU-64.71");
        if (ri == null || sumbar == null || banjarnegara == null || balikpapan == null) {
            LOG.info("Demo institutions skipped: the demo units are missing");
            return 0;
        }
        int n = 0;

        // Bawaslu RI: the rakornas (seed 001) and the national bodies
        Institution kasn = add(ri, "Komisi Aparatur Sipil Negara", "KASN", InstitutionType.KASN_BKN, "31.74",
                "Jl. Letjen M.T. Haryono Kav. 52-53, Jakarta Selatan", null, "(021) 7982543");
        contact(kasn, "Benny Saputra", "Asisten KASN Bidang NKK-NET", "+6281210000001");
        n++;
        add(ri, "Badan Kepegawaian Negara", "BKN", InstitutionType.KASN_BKN, "31.75",
                "Jl. Mayjen Sutoyo No. 12, Jakarta Timur", null, "(021) 8093008");
        n++;
        for (Region p : children(null, RegionLevel.PROVINCE)) {
            add(ri, "Bawaslu Provinsi " + p.getName(), null, InstitutionType.BAWASLU, p.getCode(), null, null, null);
            n++;
        }

        // Bawaslu Sumatera Barat: rakor netralitas ASN, Grand Rocky Hotel Bukittinggi (seed 000)
        for (Region r : children("13", RegionLevel.REGENCY)) {
            add(sumbar, "Bawaslu " + r.getName(), null, InstitutionType.BAWASLU, r.getCode(), null, null, null);
            n++;
        }
        String[][] bkpsdm = {{"13.75", "Kota Bukittinggi"}, {"13.06", "Kabupaten Agam"}, {"13.71", "Kota Padang"},
            {"13.76", "Kota Payakumbuh"}, {"13.74", "Kota Padang Panjang"}, {"13.04", "Kabupaten Tanah Datar"},
            {"13.07", "Kabupaten Lima Puluh Kota"}, {"13.05", "Kabupaten Padang Pariaman"}};
        int k = 0;
        for (String[] b : bkpsdm) {
            Institution i = add(sumbar, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia " + b[1],
                    "BKPSDM " + b[1], InstitutionType.BKPSDM, b[0], null,
                    "bkpsdm." + b[1].toLowerCase().replace("kabupaten ", "").replace("kota ", "").replace(" ", "") + "@demo.sirakor.id", null);
            contact(i, List.of("Yulia Fitri", "Rahmat Hidayat", "Dewi Kartika", "Andri Saputra", "Nurul Aini",
                    "Fadli Rahman", "Sri Wahyuni", "Hendri Putra").get(k), "Kepala Bidang Pengadaan dan Informasi ASN",
                    "+62812300000" + (10 + k));
            k++;
            n++;
        }
        Institution bkd = add(sumbar, "Badan Kepegawaian Daerah Provinsi Sumatera Barat", "BKD Sumbar",
                InstitutionType.BKPSDM, "13", "Jl. Jenderal Sudirman No. 51, Padang", null, null);
        contact(bkd, "Irwan Syahputra", "Kepala Bidang Pembinaan dan Kesejahteraan", "+6281230000099");
        n++;

        // Bawaslu Banjarnegara: rakor bersama OPD, Hotel Central (seed 002)
        String bna = "33.04";
        Object[][] banjar = {
            {"Kejaksaan Negeri Banjarnegara", "Kejari Banjarnegara", InstitutionType.KEJAKSAAN, "Kepala Seksi Tindak Pidana Umum"},
            {"Kodim 0704/Banjarnegara", "Kodim 0704", InstitutionType.TNI, "Kepala Staf Kodim"},
            {"Polres Banjarnegara", null, InstitutionType.POLRI, "Kepala Satuan Intelkam"},
            {"Pengadilan Negeri Banjarnegara", "PN Banjarnegara", InstitutionType.PENGADILAN_NEGERI, "Panitera"},
            {"Pengadilan Agama Banjarnegara", "PA Banjarnegara", InstitutionType.PENGADILAN_AGAMA, "Panitera"},
            {"Kantor Kementerian Agama Kabupaten Banjarnegara", "Kemenag Banjarnegara", InstitutionType.KEMENAG, "Kepala Subbagian Tata Usaha"},
            {"Kantor Pertanahan Kabupaten Banjarnegara", "BPN Banjarnegara", InstitutionType.BPN, "Kepala Subbagian Umum"},
            {"Badan Kesatuan Bangsa dan Politik Kabupaten Banjarnegara", "Bakesbangpol Banjarnegara", InstitutionType.OPD, "Kepala Badan"},
            {"Sekretariat Daerah Kabupaten Banjarnegara", "Setda Banjarnegara", InstitutionType.OPD, "Kepala Bagian Pemerintahan"},
            {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banjarnegara", "BKPSDM Banjarnegara", InstitutionType.BKPSDM, "Kepala Bidang Pembinaan ASN"},
            {"Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Banjarnegara", "Dindikpora Banjarnegara", InstitutionType.OPD, "Sekretaris Dinas"},
            {"Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banjarnegara", "Dispermades Banjarnegara", InstitutionType.OPD, "Kepala Bidang Pemerintahan Desa"},
        };
        String[] people = {"Agus Setiawan", "Budi Santoso", "Joko Prasetyo", "Lestari Wulandari", "Siti Aminah",
            "Teguh Wibowo", "Rina Kusumawati", "Bambang Sutrisno", "Endang Susilowati", "Heru Purnomo",
            "Wahyu Nugroho", "Tri Handayani"};
        for (int i = 0; i < banjar.length; i++) {
            Institution inst = add(banjarnegara, (String) banjar[i][0], (String) banjar[i][1],
                    (InstitutionType) banjar[i][2], bna, null, null, null);
            contact(inst, people[i], (String) banjar[i][3], "+62812270000" + (10 + i));
            n++;
        }
        for (Region d : children(bna, RegionLevel.DISTRICT)) {
            add(banjarnegara, "Kecamatan " + d.getName(), null, InstitutionType.KECAMATAN, d.getCode(), null, null, null);
            n++;
        }
        Institution unsoed = add(banjarnegara, "Universitas Jenderal Soedirman", "Unsoed", InstitutionType.UNIVERSITAS,
                "33.02", "Jl. Prof. Dr. H.R. Boenjamin No. 708, Purwokerto", null, "(0281) 635292");
        contact(unsoed, "Ratna Dewi Anggraini", "Dosen Fakultas Ilmu Sosial dan Ilmu Politik", "+6281227000099");
        n++;

        // Bawaslu Balikpapan: rakor konsolidasi, Hotel Golden Tulip (seed 004)
        Institution polresta = add(balikpapan, "Polresta Balikpapan", null, InstitutionType.POLRI, "64.71",
                "Jl. Jenderal Sudirman No. 8, Balikpapan", null, null);
        contact(polresta, "Dimas Pratama", "Kepala Bagian Operasional", "+6281254000010");
        Institution spd = add(balikpapan, "Sindikasi Pemilu dan Demokrasi", "SPD", InstitutionType.LSM, "31",
                null, null, null);
        contact(spd, "Galih Permana", "Direktur Eksekutif", "+6281254000011");
        n += 2;
        String[][] pemkot = {{"Sekretariat Daerah Kota Balikpapan", "Setda Balikpapan"},
            {"Badan Kesatuan Bangsa dan Politik Kota Balikpapan", "Kesbangpol Balikpapan"},
            {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Balikpapan", "BKPSDM Balikpapan"},
            {"Dinas Komunikasi dan Informatika Kota Balikpapan", "Diskominfo Balikpapan"},
            {"Satuan Polisi Pamong Praja Kota Balikpapan", "Satpol PP Balikpapan"}};
        for (String[] o : pemkot) {
            add(balikpapan, o[0], o[1], o[0].startsWith("Badan Kepegawaian") ? InstitutionType.BKPSDM : InstitutionType.OPD,
                    "64.71", null, null, null);
            n++;
        }
        return n;
    }

    private OrgUnit unit(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }

    private List<Region> children(String parent, RegionLevel level) {
        var q = em.createQuery("select r from Region r where r.level = :l"
                + (parent == null ? "" : " and r.parentCode = :p") + " order by r.code", Region.class)
                .setParameter("l", level);
        if (parent != null) {
            q.setParameter("p", parent);
        }
        return q.getResultList();
    }

    private Institution add(OrgUnit owner, String name, String shortName, InstitutionType type, String regionCode,
                            String address, String email, String phone) {
        Region region = em.find(Region.class, regionCode);
        Institution i = new Institution(name, type, region, owner);
        i.setShortName(shortName);
        i.setAddress(address);
        i.setEmail(email);
        i.setPhone(phone == null ? null : id.sirakor.platform.phone.IndonesianPhone.any(phone).orElse(null));
        i.setCreatedAt(clock.now());
        i.setUpdatedAt(i.getCreatedAt());
        em.persist(i);
        em.flush();
        audit.record("institution.create", "Institution", i.getId(), owner.getId(), name, null, i.snapshot());
        return i;
    }

    private void contact(Institution i, String name, String position, String phone) {
        i.getContacts().add(new InstitutionContact(i, name, position, phone, null, i.getContacts().size()));
        em.flush();
    }
}
