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

    static Mail registered(Event e, Registration r, Integer place, String token) {
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        String subject = (confirmed ? "Pendaftaran terkonfirmasi: " : "Daftar tunggu: ") + e.getTitle();
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle())).append(",\n\n");
        if (confirmed) {
            t.append("pendaftaran Anda untuk kegiatan berikut telah terkonfirmasi.\n\n");
        } else {
            t.append("kursi kegiatan berikut sudah penuh. Anda berada di daftar tunggu pada urutan ").append(place)
                    .append(". Bila ada kursi yang kosong, Anda akan dikonfirmasi otomatis dan diberi tahu melalui surel.\n\n");
        }
        details(t, e);
        t.append("\nHalaman pendaftaran Anda (lihat atau batalkan; jangan bagikan tautan ini):\n")
                .append(baseUrl()).append("/p/registration.xhtml?t=").append(token).append("\n\n")
                .append("Salam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail(subject, t.toString());
    }

    static Mail promoted(Event e, Registration r) {
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle())).append(",\n\n")
                .append("sebuah kursi telah tersedia: pendaftaran Anda dari daftar tunggu kini terkonfirmasi.\n\n");
        details(t, e);
        t.append("\nGunakan tautan halaman pendaftaran dari surel pertama Anda untuk melihat atau membatalkan.\n\n")
                .append("Salam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail("Anda kini terdaftar: " + e.getTitle(), t.toString());
    }

    private static void details(StringBuilder t, Event e) {
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
