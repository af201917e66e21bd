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
        boolean pending = r.getStatus() == RegistrationStatus.PENDING;
        String subject = (confirmed ? "Pendaftaran terkonfirmasi: " : pending ? "Pendaftaran diterima: " : "Daftar tunggu: ") + e.getTitle();
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle())).append(",\n\n");
        if ("DELEGATE".equals(r.getSource())) {
            t.append("operator ").append(r.getInstitutionName()).append(" telah menetapkan Anda sebagai peserta.\n");
        } else if (!"ONLINE".equals(r.getSource())) {
            t.append("sekretariat telah mendaftarkan Anda sebagai peserta.\n");
        }
        if (confirmed) {
            t.append("Pendaftaran Anda untuk kegiatan berikut telah terkonfirmasi. Tiket QR (PDF) dan berkas kalender (.ics)")
                    .append(" terlampir; tunjukkan tiket saat registrasi ulang di lokasi.\n\n");
        } else if (pending) {
            t.append("Pendaftaran Anda telah diterima dan menunggu persetujuan sekretariat. Anda akan diberi tahu melalui surel.\n\n");
        } else {
            t.append("kursi kegiatan berikut sudah penuh. Anda berada di daftar tunggu pada urutan ").append(place)
                    .append(". Bila ada kursi yang kosong, Anda akan dikonfirmasi otomatis dan diberi tahu melalui surel.\n\n");
        }
        details(t, e);
        t.append("\nHalaman pendaftaran Anda (lihat, unduh tiket, ubah kontak atau batalkan; jangan bagikan tautan ini):\n")
                .append(baseUrl()).append("/p/registration.xhtml?t=").append(token).append("\n\n")
                .append("Salam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail(subject, t.toString());
    }

    static Mail approved(Event e, Registration r) {
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle())).append(",\n\n")
                .append("pendaftaran Anda telah disetujui sekretariat. ")
                .append(confirmed ? "Kursi Anda tersedia; tiket QR (PDF) dan berkas kalender (.ics) terlampir.\n\n"
                        : "Kursi sudah penuh, sehingga Anda berada di daftar tunggu dan akan dikonfirmasi otomatis bila ada kursi kosong.\n\n");
        details(t, e);
        t.append("\nSalam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail((confirmed ? "Pendaftaran disetujui: " : "Pendaftaran disetujui (daftar tunggu): ") + e.getTitle(), t.toString());
    }

    static Mail promoted(Event e, Registration r) {
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle())).append(",\n\n")
                .append("sebuah kursi telah tersedia: pendaftaran Anda dari daftar tunggu kini terkonfirmasi. Tiket QR (PDF) dan")
                .append(" berkas kalender (.ics) terlampir.\n\n");
        details(t, e);
        t.append("\nGunakan tautan halaman pendaftaran dari surel pertama Anda untuk melihat, mengunduh tiket atau membatalkan.\n\n")
                .append("Salam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail("Pendaftaran terkonfirmasi: " + e.getTitle(), t.toString());
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
