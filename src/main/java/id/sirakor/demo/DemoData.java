package id.sirakor.demo;

import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.identity.entity.UnitLevel;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * Demo data from the seed articles: the organizer units that ran the five events and fictional
 * users for every role. Loaded only when SIRAKOR_DEMO=true and the database has no units.
 * Outside demo mode, SIRAKOR_ADMIN_PASSWORD creates the first administrator of an empty database.
 * All people and their identifiers here are invented.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "rakor2026demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    DemoData self;

    void onSchemaReady(@Observes Migrations.SchemaReady ready) {
        RequestAuditContext.runAsSystem("system:startup", () -> {
            if (Settings.demoMode()) {
                boolean loaded = self.loadDemo();
                LOG.info((loaded ? "Demo data loaded." : "Demo mode: the database already has data (delete ./data to start again).")
                        + guide());
            } else {
                String pw = Settings.get("sirakor.admin.password", "SIRAKOR_ADMIN_PASSWORD", null);
                if (pw != null) {
                    self.bootstrapAdmin(pw);
                }
            }
        });
    }

    @Transactional
    public boolean loadDemo() {
        if (em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult() > 0) {
            return false;
        }
        OrgUnit ri = unit("BAWASLU-RI", "Badan Pengawas Pemilihan Umum Republik Indonesia", "Bawaslu RI",
                UnitLevel.NATIONAL, null, null, "Jl. M.H. Thamrin No. 14", "Jakarta Pusat", "Ketua Bawaslu RI");
        OrgUnit sumbar = unit("BAWASLU-13", "Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat",
                "Bawaslu Provinsi Sumatera Barat", UnitLevel.PROVINCE, ri, "13", "Jl. Pramuka Raya No. 2", "Padang",
                "Ketua Bawaslu Provinsi Sumatera Barat");
        sumbar.setHeadName("Dr. Andi Saputra, S.H., M.H.");
        sumbar.setHeadNip("197203152000031004");
        sumbar.setLetterPattern("{seq}/PM.00.02/K.SB/{month-roman}/{year}");
        sumbar.setPhone("(0751) 000000");
        sumbar.setEmail("sekretariat@sumbar.bawaslu.example.id");
        sumbar.setWebsite("sumbar.bawaslu.example.id");
        unit("BAWASLU-13.75", "Badan Pengawas Pemilihan Umum Kota Bukittinggi", "Bawaslu Kota Bukittinggi",
                UnitLevel.REGENCY, sumbar, "13.75", "Jl. Sudirman No. 21", "Bukittinggi", "Ketua Bawaslu Kota Bukittinggi");
        unit("BAWASLU-13.06", "Badan Pengawas Pemilihan Umum Kabupaten Agam", "Bawaslu Kabupaten Agam",
                UnitLevel.REGENCY, sumbar, "13.06", "Jl. Jenderal Sudirman No. 5", "Lubuk Basung", "Ketua Bawaslu Kabupaten Agam");
        OrgUnit jateng = unit("BAWASLU-33", "Badan Pengawas Pemilihan Umum Provinsi Jawa Tengah",
                "Bawaslu Provinsi Jawa Tengah", UnitLevel.PROVINCE, ri, "33", "Jl. Papandayan No. 2", "Semarang",
                "Ketua Bawaslu Provinsi Jawa Tengah");
        OrgUnit banjarnegara = unit("BAWASLU-33.04", "Badan Pengawas Pemilihan Umum Kabupaten Banjarnegara",
                "Bawaslu Kabupaten Banjarnegara", UnitLevel.REGENCY, jateng, "33.04", "Jl. Letjend. Suprapto No. 95",
                "Banjarnegara", "Ketua Bawaslu Kabupaten Banjarnegara");
        OrgUnit kaltim = unit("BAWASLU-64", "Badan Pengawas Pemilihan Umum Provinsi Kalimantan Timur",
                "Bawaslu Provinsi Kalimantan Timur", UnitLevel.PROVINCE, ri, "64", "Jl. Ir. H. Juanda No. 83", "Samarinda",
                "Ketua Bawaslu Provinsi Kalimantan Timur");
        OrgUnit balikpapan = unit("BAWASLU-64.71", "Badan Pengawas Pemilihan Umum Kota Balikpapan",
                "Bawaslu Kota Balikpapan", UnitLevel.REGENCY, kaltim, "64.71", "Jl. Jenderal Sudirman No. 32",
                "Balikpapan", "Ketua Bawaslu Kota Balikpapan");
        unit("BAWASLU-18", "Badan Pengawas Pemilihan Umum Provinsi Lampung", "Bawaslu Provinsi Lampung",
                UnitLevel.PROVINCE, ri, "18", "Jl. Pangeran Emir M. Noer No. 6", "Bandar Lampung",
                "Ketua Bawaslu Provinsi Lampung");

        user("admin", "Andi Pratama", ri, Role.ADMIN);
        user("ri.sekretariat", "Siti Nurhaliza Rahman", ri, Role.SEKRETARIAT);
        user("sumbar.sekretariat", "Rina Marlina", sumbar, Role.SEKRETARIAT);
        user("sumbar.notulis", "Fajar Ramadhan", sumbar, Role.NOTULIS);
        user("narasumber.demo", "Dr. Hendra Gunawan", sumbar, Role.NARASUMBER);
        user("operator.bkpsdm", "Yuliana Putri", sumbar, Role.OPERATOR_INSTANSI);
        user("petugas.demo", "Rahmat Hidayat", sumbar, Role.PETUGAS); // bound to the coming rakor by DemoEvents
        user("banjarnegara.sekretariat", "Dwi Santoso", banjarnegara, Role.SEKRETARIAT);
        user("balikpapan.sekretariat", "Yusuf Hidayat", balikpapan, Role.SEKRETARIAT);
        return true;
    }

    @Transactional
    public void bootstrapAdmin(String password) {
        if (em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        OrgUnit root = em.createQuery("select u from OrgUnit u where u.parent is null order by u.id", OrgUnit.class)
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseGet(() -> unit("ROOT", "Unit Penyelenggara", "Unit Penyelenggara", UnitLevel.NATIONAL, null, null,
                        null, null, null));
        AppUser admin = user("admin", "Administrator", root, Role.ADMIN);
        admin.changePassword(PasswordHasher.hash(password.toCharArray()), clock.now(), true);
        LOG.info("Created the first administrator 'admin' from SIRAKOR_ADMIN_PASSWORD; change the password at first login.");
    }

    /** Every demo account and what to try first, with the address the server really answers on. */
    static String guide() {
        String base = Settings.get("sirakor.base.url", "SIRAKOR_BASE_URL", null);
        if (base == null) {
            int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
            base = "http://localhost:" + port;
        }
        base = base.replaceAll("/$", "");
        return "\n  Open " + base + "/ and log in at " + base + "/login.xhtml; every demo account has the password " + PASSWORD + ":"
                + "\n    admin                     ADMIN        Bawaslu RI: users, units, audit log, everything"
                + "\n    ri.sekretariat            SEKRETARIAT  Bawaslu RI (reads every province and regency below it)"
                + "\n    sumbar.sekretariat        SEKRETARIAT  Bawaslu Provinsi Sumatera Barat: start here (the coming rakor, its"
                + "\n                                           invitations, participants and letters)"
                + "\n    banjarnegara.sekretariat  SEKRETARIAT  Bawaslu Kabupaten Banjarnegara"
                + "\n    balikpapan.sekretariat    SEKRETARIAT  Bawaslu Kota Balikpapan"
                + "\n    sumbar.notulis            NOTULIS      minute taker of Sumatera Barat (sees events, no personal data)"
                + "\n    narasumber.demo           NARASUMBER   speaker: own sessions, profile and materials"
                + "\n    operator.bkpsdm           OPERATOR_INSTANSI  BKPSDM Kabupaten Agam: names its delegates"
                + "\n    petugas.demo              PETUGAS      door staff of the coming rakor: its check-in page only"
                + "\n    pdp.demo                  PDP          data protection officer of Bawaslu RI: personal-data access log, deletion requests"
                + "\n  Register as a participant (no account) from the home page: the coming rakor is open for registration.";
    }

    private OrgUnit unit(String code, String name, String shortName, UnitLevel level, OrgUnit parent, String region,
                         String address, String city, String headTitle) {
        OrgUnit u = new OrgUnit(code, name, level, parent);
        u.setShortName(shortName);
        u.setRegionCode(region);
        u.setAddress(address);
        u.setCity(city);
        u.setHeadTitle(headTitle);
        u.setCreatedAt(clock.now());
        u.setUpdatedAt(u.getCreatedAt());
        em.persist(u);
        em.flush();
        u.placeInTree();
        audit.record("unit.create", "OrgUnit", u.getId(), u.getId(), u.getName(), null, u.snapshot());
        return u;
    }

    private AppUser user(String username, String fullName, OrgUnit unit, Role role) {
        AppUser u = new AppUser();
        u.setUsername(username);
        u.setFullName(fullName);
        u.setEmail(username + "@demo.sirakor.id");
        u.setUnit(unit);
        u.setRoles(EnumSet.of(role));
        u.changePassword(PasswordHasher.hash(PASSWORD.toCharArray()), clock.now(), false);
        u.setCreatedAt(clock.now());
        u.setUpdatedAt(u.getCreatedAt());
        em.persist(u);
        em.flush();
        audit.record("user.create", "AppUser", u.getId(), unit.getId(), username, null, u.snapshot());
        return u;
    }
}
