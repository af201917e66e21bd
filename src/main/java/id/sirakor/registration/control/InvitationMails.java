package id.sirakor.registration.control;

import id.sirakor.event.entity.Event;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.platform.text.PersonName;
import id.sirakor.speaker.entity.Speaker;

/** The texts of invitation and delegate mails, in Indonesian (the language of record). */
final class InvitationMails {

    record Mail(String subject, String text) {
    }

    private InvitationMails() {
    }

    static String operatorLink(String token) {
        return RegistrationMails.baseUrl() + "/p/invitation.xhtml?t=" + token;
    }

    static Mail invitation(Event e, Invitation i, String token) {
        StringBuilder t = new StringBuilder();
        t.append("Yth. Pimpinan ").append(i.getInstitution().getName()).append(",\n\n")
                .append("bersama surel ini kami sampaikan surat undangan Nomor ").append(i.getLetterNumber())
                .append(" (terlampir, beserta berkas kalender .ics) untuk kegiatan berikut.\n\n");
        RegistrationMails.details(t, e);
        t.append("\nKuota peserta instansi Bapak/Ibu: ").append(i.getQuota()).append(" orang.\n\n")
                .append("Mohon operator instansi menetapkan nama peserta (dan bila perlu menggantinya) melalui tautan berikut,")
                .append(" tanpa perlu akun. Tautan ini khusus untuk instansi Bapak/Ibu; jangan disebarluaskan:\n")
                .append(operatorLink(token)).append("\n\n")
                .append("Setiap peserta yang ditetapkan menerima surel konfirmasi dengan tiket QR.\n\n")
                .append("Salam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail("Undangan " + e.getTitle() + " \u2013 " + i.getLetterNumber(), t.toString());
    }

    static Mail substituted(Event e, Registration old, Registration by) {
        StringBuilder t = new StringBuilder();
        t.append("Yth. ").append(Speaker.formatName(null, old.getFrontTitle(), old.getName(), old.getBackTitle())).append(",\n\n")
                .append("operator ").append(old.getInstitutionName()).append(" telah menetapkan bahwa kehadiran Anda pada kegiatan \u201c")
                .append(e.getTitle()).append("\u201d diwakili oleh ")
                .append(PersonName.endSentence(Speaker.formatName(null, by.getFrontTitle(), by.getName(), by.getBackTitle())))
                .append(" Tiket Anda tidak berlaku lagi.\n\nSalam,\nSekretariat ").append(e.getUnit().getName()).append('\n');
        return new Mail("Perubahan peserta: " + e.getTitle(), t.toString());
    }
}
