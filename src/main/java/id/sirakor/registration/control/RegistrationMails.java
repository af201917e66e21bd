package id.sirakor.registration.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;

/** The texts of registration mails, in Indonesian (the participants' language of record). */
final class RegistrationMails {

    record Mail(String subject, String text) {
    }

    private RegistrationMails() {
    }

    static String baseUrl() {
        String b = Settings.get("sirakor.base.url", "SIRAKOR_BASE_URL", "http://localhost:8080");
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /**
     * The event's part of every registration mail (title, days, times, places, secretariat), built
     * once from an event loaded with its unit, days, halls and venues, before any seat is decided.
     */
    record EventText(String title, String details, String unitName) {
    }

    /** Loads what the mail texts show, in one query: the event with its unit, days, halls and venues. */
    static jakarta.persistence.EntityGraph<Event> eventGraph(jakarta.persistence.EntityManager em) {
        jakarta.persistence.EntityGraph<Event> g = em.createEntityGraph(Event.class);
        g.addAttributeNodes("unit");
        g.addSubgraph("days").addSubgraph("hall").addAttributeNodes("venue");
        return g;
    }

    static EventText eventText(Event e) {
        StringBuilder t = new StringBuilder();
        details(t, e);
        return new EventText(e.getTitle(), t.toString(), e.getUnit().getName());
    }

    /** "Dr. Sri Rahayu, S.H.": the salutation name. */
    static String displayName(Registration r) {
        return Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
    }

    /**
     * Both mails a registration may get, built before its seat is decided; {@link #forDecision}
     * only puts the waitlist place in.
     */
    record Registered(Mail confirmed, String waitlistSubject, String waitlistHead, String waitlistTail) {
        Mail forDecision(RegistrationStatus status, Integer place) {
            return status == RegistrationStatus.CONFIRMED ? confirmed
                    : new Mail(waitlistSubject, waitlistHead + place + waitlistTail);
        }
    }

    static Registered registered(EventText e, String displayName, String token) {
        Mail waitlisted = text(e, displayName, "", RegistrationStatus.WAITLISTED, "\u0000", token);
        int at = waitlisted.text().indexOf('\u0000');
        return new Registered(text(e, displayName, "", RegistrationStatus.CONFIRMED, null, token), waitlisted.subject(),
                waitlisted.text().substring(0, at), waitlisted.text().substring(at + 1));
    }

    static Mail registered(EventText e, String displayName, RegistrationStatus status, Integer place, String token) {
        return registered(e, displayName, token).forDecision(status, place);
    }

    /** The first mail of a registration; {@code intro} says who registered the person ("" for themselves). */
    private static Mail text(EventText e, String displayName, String intro, RegistrationStatus status, String place, String token) {
        boolean confirmed = status == RegistrationStatus.CONFIRMED;
        boolean pending = status == RegistrationStatus.PENDING;
        String subject = (confirmed ? "Pendaftaran terkonfirmasi: " : pending ? "Pendaftaran diterima: " : "Daftar tunggu: ") + e.title();
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(displayName).append(",\n\n").append(intro);
        if (confirmed) {
            t.append(CONFIRMED_TEXT);
        } else if (pending) {
            t.append("pendaftaran Anda diterima dan menunggu persetujuan sekretariat. Anda akan diberi tahu melalui surel.\n\n");
        } else {
            t.append("kursi kegiatan berikut sudah penuh. Anda berada di daftar tunggu pada urutan ").append(place)
                    .append(". Bila ada kursi yang kosong, Anda akan dikonfirmasi otomatis dan diberi tahu melalui surel.\n\n");
        }
        t.append(e.details());
        t.append(LINK_TEXT)
                .append(baseUrl()).append("/p/registration.xhtml?t=").append(token).append("\n\n")
                .append("Salam,\nSekretariat ").append(e.unitName()).append('\n');
        return new Mail(subject, t.toString());
    }

    private static final String CONFIRMED_TEXT = "pendaftaran Anda untuk kegiatan berikut telah terkonfirmasi. Tiket QR (PDF) dan"
            + " berkas kalender (.ics) terlampir; tunjukkan tiket saat registrasi ulang di lokasi.\n\n";
    private static final String LINK_TEXT = "\nHalaman pendaftaran Anda (lihat, unduh tiket, ubah kontak atau batalkan; jangan bagikan"
            + " tautan ini):\n";

    static Mail promoted(EventText e, String displayName) {
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(displayName).append(",\n\n")
                .append("sebuah kursi telah tersedia: pendaftaran Anda dari daftar tunggu kini terkonfirmasi. Tiket QR (PDF) dan")
                .append(" berkas kalender (.ics) terlampir.\n\n");
        t.append(e.details());
        t.append("\nGunakan tautan halaman pendaftaran dari surel pertama Anda untuk melihat, mengunduh tiket atau membatalkan.\n\n")
                .append("Salam,\nSekretariat ").append(e.unitName()).append('\n');
        return new Mail("Pendaftaran terkonfirmasi: " + e.title(), t.toString());
    }

    /**
     * The first mail of a registration made for someone (named by the institution's operator, added
     * by the secretariat or imported), for any status including PENDING.
     */
    static Mail registered(Event e, Registration r, Integer place, String token) {
        String intro = "DELEGATE".equals(r.getSource())
                ? "operator " + r.getInstitutionName() + " telah menetapkan Anda sebagai peserta; "
                : "ONLINE".equals(r.getSource()) ? "" : "sekretariat telah mendaftarkan Anda sebagai peserta; ";
        return text(eventText(e), displayName(r), intro, r.getStatus(), String.valueOf(place), token);
    }

    static Mail approved(Event e, Registration r) {
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(displayName(r)).append(",\n\n")
                .append("pendaftaran Anda telah disetujui sekretariat. ")
                .append(confirmed ? "Kursi Anda tersedia; tiket QR (PDF) dan berkas kalender (.ics) terlampir.\n\n"
                        : "Kursi sudah penuh, sehingga Anda berada di daftar tunggu dan akan dikonfirmasi otomatis bila ada kursi kosong.\n\n");
        details(t, e);
        t.append("\nSalam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail((confirmed ? "Pendaftaran disetujui: " : "Pendaftaran disetujui (daftar tunggu): ") + e.getTitle(), t.toString());
    }

    static void details(StringBuilder t, Event e) {
        t.append("Kegiatan : ").append(e.getTitle()).append('\n');
        for (EventDay d : e.getDays()) {
            t.append("Hari/Tanggal : ").append(IndonesianTime.date(d.getDayDate(), IndonesianTime.ID)).append('\n')
                    .append("Waktu : ").append(IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), e.zone(), IndonesianTime.ID))
                    .append('\n');
            if (d.getHall() != null) {
                t.append("Tempat : ").append(d.getHall().getVenue().getName()).append(", ").append(d.getHall().getName()).append('\n');
            }
        }
        t.append("Informasi : ").append(baseUrl()).append("/event.xhtml?e=").append(e.getSlug()).append('\n');
    }
}
