package id.sirakor.demo;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.onsite.entity.BadgeDesign;
import id.sirakor.onsite.entity.BadgeRole;
import id.sirakor.onsite.entity.BadgeRoleKind;
import id.sirakor.onsite.entity.RundownItem;
import id.sirakor.onsite.entity.RundownKind;
import id.sirakor.onsite.entity.SeatGuest;
import id.sirakor.onsite.entity.SeatingLayout;
import id.sirakor.onsite.entity.SeatingPlan;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo on-site materials for the coming rakor of Bawaslu Sumatera Barat: a rundown with anthem,
 * doa and photo session, a protocol seating plan where the Gubernur is represented by a (fictional)
 * assistant of the provincial secretariat, badge roles for a few participants, and a badge design
 * with the event's logo.
 */
@ApplicationScoped
public class DemoOnsite {

    private static final Logger LOG = Logger.getLogger(DemoOnsite.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    DemoOnsite self;

    @Inject
    id.sirakor.onsite.control.NoticeService notices;

    void onSchemaReady(@Observes @Priority(2900) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    LOG.info("Demo rundown, seating plan and badge roles loaded for \"" + DemoParticipants.COMING_RAKOR + "\".");
                }
            });
        }
    }

    @Transactional
    public boolean load() {
        List<Event> found = em.createQuery("select e from Event e where e.title = :t", Event.class)
                .setParameter("t", DemoParticipants.COMING_RAKOR).getResultList();
        if (found.isEmpty() || found.get(0).getDays().isEmpty()
                || em.createQuery("select count(i) from RundownItem i where i.event = :e", Long.class)
                .setParameter("e", found.get(0)).getSingleResult() > 0) {
            return false;
        }
        Event e = found.get(0);
        LocalDate day = e.getDays().get(0).getDayDate();
        item(e, day, 8, 0, 60, RundownKind.REGISTRASI, "Registrasi peserta dan pembagian kartu peserta", "Panitia", null);
        item(e, day, 9, 0, 3, RundownKind.PEMBUKAAN, "Pembukaan oleh pembawa acara", "Pembawa acara",
                "Pembawa acara menyapa hadirin dan membacakan susunan acara.");
        item(e, day, 9, 3, 4, RundownKind.LAGU_KEBANGSAAN, "Menyanyikan lagu kebangsaan Indonesia Raya", "Dirigen: Sdri. Wulan Sari",
                "Pembawa acara mempersilakan hadirin berdiri untuk menyanyikan lagu Indonesia Raya.");
        item(e, day, 9, 7, 5, RundownKind.DOA, "Pembacaan doa", "Ustaz H. Fauzan Ilyas",
                "Pembawa acara mempersilakan Ustaz H. Fauzan Ilyas memimpin doa.");
        item(e, day, 9, 12, 10, RundownKind.SAMBUTAN, "Laporan ketua panitia", "Kepala Sekretariat Bawaslu Provinsi Sumatera Barat",
                "Pembawa acara mempersilakan Kepala Sekretariat menyampaikan laporan.");
        item(e, day, 9, 22, 8, RundownKind.SAMBUTAN, "Sambutan Gubernur Sumatera Barat",
                "Drs. Yulizar Hamdani, M.Si. (mewakili Gubernur)",
                "Pembawa acara mempersilakan Asisten Pemerintahan dan Kesra yang mewakili Gubernur Sumatera Barat.");
        item(e, day, 9, 30, 15, RundownKind.SAMBUTAN, "Sambutan dan pembukaan resmi", "Ketua Bawaslu Provinsi Sumatera Barat",
                "Pembawa acara mempersilakan Ketua Bawaslu Provinsi Sumatera Barat memberi sambutan sekaligus membuka acara.");
        item(e, day, 9, 45, 10, RundownKind.FOTO, "Foto bersama para pejabat", "Dokumentasi",
                "Pembawa acara mempersilakan para pejabat di baris depan menuju panggung untuk foto bersama.");
        item(e, day, 9, 55, 95, RundownKind.PAPARAN, "Evaluasi penanganan pelanggaran netralitas ASN", "Moderator dan narasumber",
                "Pembawa acara menyerahkan acara kepada moderator.");
        item(e, day, 11, 30, 60, RundownKind.PAPARAN, "Peran pemerintah provinsi dalam pembinaan ASN", "BKPSDM Provinsi", null);
        item(e, day, 12, 30, 60, RundownKind.ISTIRAHAT, "Ishoma", null, null);
        item(e, day, 13, 30, 75, RundownKind.DISKUSI, "Diskusi dan rumusan rekomendasi", "Moderator", null);
        item(e, day, 14, 45, 15, RundownKind.PENUTUPAN, "Penutupan dan doa penutup", "Ketua Bawaslu Provinsi Sumatera Barat",
                "Pembawa acara mempersilakan Ketua Bawaslu Provinsi Sumatera Barat menutup acara.");

        em.persist(new SeatingPlan(e.getId(), SeatingLayout.THEATRE, 7));
        guest(e, 1, "Dr. H. Arman Syahputra", "Gubernur Sumatera Barat", "GUBERNUR", "Drs. Yulizar Hamdani, M.Si.",
                "Asisten Pemerintahan dan Kesra Setda Provinsi Sumatera Barat");
        guest(e, 2, "Irjen Pol. Bambang Wiratmo", "Kapolda Sumatera Barat", "FORKOPIMDA_PROV", null, null);
        guest(e, 3, "Brigjen TNI Eko Prasetyo", "Danrem 032/Wirabraja", "FORKOPIMDA_PROV", null, null);
        guest(e, 4, "H. Syafrizal, S.E.", "Ketua DPRD Provinsi Sumatera Barat", "KETUA_DPRD_PROV", null, null);
        guest(e, 5, "Dr. Hj. Desmawati, M.Si.", "Sekretaris Daerah Provinsi Sumatera Barat", "SEKDA_PROV", null, null);
        guest(e, 6, "Drs. Rinaldi Chaniago", "Pj Bupati Agam", "BUPATI_WALIKOTA", null, null);
        guest(e, 7, "Dr. Andi Saputra, S.H., M.H.", "Ketua Bawaslu Provinsi Sumatera Barat", "KEPALA_INSTANSI_VERTIKAL", null, null);
        guest(e, 8, "Ir. Hendra Kusuma, M.M.", "Kepala BKPSDM Provinsi Sumatera Barat", "KEPALA_OPD", null, null);

        List<Registration> regs = em.createQuery("select r from Registration r where r.event = :e and r.status = :s order by r.id",
                Registration.class).setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).setMaxResults(4).getResultList();
        BadgeRoleKind[] roles = {BadgeRoleKind.NARASUMBER, BadgeRoleKind.PANITIA, BadgeRoleKind.PERS, BadgeRoleKind.VIP};
        for (int i = 0; i < regs.size(); i++) {
            em.persist(new BadgeRole(regs.get(i).getId(), roles[i], clock.now()));
        }
        // a designed badge: the event's logo, A4 with 4 badges, the dates shown, the participants' band in the logo's navy
        BadgeDesign design = new BadgeDesign(e.getId());
        design.setLogoFile(files.store(demoLogo()));
        var colours = design.colours();
        colours.put(BadgeRoleKind.PESERTA, "#15325f");
        design.setColours(colours);
        design.setUpdatedAt(clock.now());
        em.persist(design);
        audit.record("rundown.fromTimetable", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + ": demo", null,
                Map.of("items", 13));

        // a change notice already sent: the invitations said the day starts half an hour earlier
        // (numbered letters referring to the four issued invitations, mails in the outbox)
        notices.demoChange(e, DemoOnsite::halfAnHourEarlier);
        return true;
    }

    /** "09.00–15.00 WIB" → "08.30–15.00 WIB": the start of every time range half an hour earlier. */
    static String halfAnHourEarlier(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{2})\\.(\\d{2})\u2013").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            java.time.LocalTime t = java.time.LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).minusMinutes(30);
            m.appendReplacement(out, String.format("%02d.%02d\u2013", t.getHour(), t.getMinute()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The demo event's logo (a drawn emblem, no real institution's). */
    static byte[] demoLogo() {
        try (var in = DemoOnsite.class.getResourceAsStream("/id/sirakor/demo/logo-rakor-sumbar.png")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void item(Event e, LocalDate day, int h, int m, int minutes, RundownKind kind, String title, String person, String note) {
        RundownItem i = new RundownItem();
        i.setEvent(e);
        i.setDayDate(day);
        i.setStartTime(LocalTime.of(h, m));
        i.setMinutes(minutes);
        i.setKind(kind);
        i.setTitle(title);
        i.setPerson(person);
        i.setMcNote(note);
        em.persist(i);
    }

    private void guest(Event e, int hint, String name, String position, String code, String rep, String repPosition) {
        SeatGuest g = new SeatGuest();
        g.setEventId(e.getId());
        g.setName(name);
        g.setPosition(position);
        g.setPrecedenceCode(code);
        g.setRepresentativeName(rep);
        g.setRepresentativePosition(repPosition);
        g.setSortHint(hint);
        em.persist(g);
    }
}
