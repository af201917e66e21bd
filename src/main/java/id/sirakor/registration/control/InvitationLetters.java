package id.sirakor.registration.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.LabeledValue;
import id.sirakor.platform.document.OfficialLetter;
import id.sirakor.platform.document.OfficialLetterPdf;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.mail.AttachmentSource;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.entity.Invitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The surat undangan of one invitation as a PDF ("invitation-letter:ID" for the outbox). Before
 * the letter is issued it prints as a draft without a number.
 */
@ApplicationScoped
@Transactional
public class InvitationLetters implements AttachmentSource {

    public static final String KIND = "invitation-letter";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Attachment render(long invitationId) {
        Invitation i = em.find(Invitation.class, invitationId);
        return new Attachment(fileName(i), "application/pdf", pdf(i));
    }

    public static String fileName(Invitation i) {
        String name = i.getInstitution().getShortName() != null && !i.getInstitution().getShortName().isBlank()
                ? i.getInstitution().getShortName() : i.getInstitution().getName();
        String who = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "Surat-Undangan-" + (who.length() > 60 ? who.substring(0, 60) : who) + ".pdf";
    }

    /** Renders the letter of a loaded invitation (callers check who may see it). */
    public byte[] pdf(Invitation i) {
        return OfficialLetterPdf.render(letter(i, clock.now().atZone(i.getEvent().zone()).toLocalDate()));
    }

    static OfficialLetter letter(Invitation i, LocalDate today) {
        Event e = i.getEvent();
        EventService.initialize(e);
        OrgUnit u = e.getUnit();
        var zone = e.zone();
        List<String> dates = new ArrayList<>();
        Set<String> times = new LinkedHashSet<>();
        List<String> dayTimes = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        for (EventDay d : e.getDays()) {
            dates.add(IndonesianTime.date(d.getDayDate(), IndonesianTime.ID));
            String time = IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), zone, IndonesianTime.ID);
            times.add(time);
            dayTimes.add(IndonesianTime.shortDate(d.getDayDate(), IndonesianTime.ID) + ": " + time);
            if (d.getHall() != null) {
                var v = d.getHall().getVenue();
                places.add(v.getName() + ", " + d.getHall().getName() + (v.getAddress() == null ? "" : "\n" + v.getAddress()));
            }
        }
        List<LabeledValue> details = new ArrayList<>();
        details.add(new LabeledValue("Hari/Tanggal", String.join("\n", dates)));
        details.add(new LabeledValue("Waktu", times.size() == 1 ? times.iterator().next() : String.join("\n", dayTimes)));
        details.add(new LabeledValue("Tempat", places.isEmpty() ? "-" : String.join("\n", places)));
        details.add(new LabeledValue("Acara", e.getTitle()));
        int q = i.getQuota();
        String theme = e.getTheme() == null || e.getTheme().isBlank() ? "" : " dengan tema \u201c" + e.getTheme().trim() + "\u201d";
        List<String> opening = List.of("Sehubungan dengan akan dilaksanakannya " + e.getTitle() + theme + ", bersama ini kami"
                + " mengundang Bapak/Ibu atau pejabat yang ditunjuk sebanyak " + q + " (" + UnitLetterheads.words(q) + ") orang untuk"
                + " hadir pada:");
        String deadline = e.getDays().isEmpty() ? null
                : IndonesianTime.date(e.getDays().get(0).getDayDate().minusDays(3), IndonesianTime.ID);
        List<String> closing = new ArrayList<>();
        closing.add("Nama peserta mohon ditetapkan oleh operator instansi melalui tautan yang kami sampaikan bersama surel undangan"
                + " ini" + (deadline == null ? "" : " paling lambat " + deadline) + ". Setiap peserta menerima tiket QR yang"
                + " ditunjukkan saat registrasi ulang.");
        closing.add("Demikian kami sampaikan, atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.");
        List<String> position = new ArrayList<>();
        position.add((u.getHeadTitle() == null || u.getHeadTitle().isBlank() ? "Ketua " + u.getName() : u.getHeadTitle()) + ",");
        String nip = u.getHeadNip() == null ? null : PersonalIds.formatNip(u.getHeadNip());
        List<String> copies = new ArrayList<>();
        if (e.getLetterCopies() != null) {
            for (String line : e.getLetterCopies().split("\\R")) {
                if (!line.isBlank()) {
                    copies.add(line.trim().replaceFirst("^(?i)yth\\.?\\s*", ""));
                }
            }
        }
        String number = i.getLetterNumber() != null ? i.getLetterNumber() : "(draf \u2013 nomor diberikan saat surat diterbitkan)";
        return new OfficialLetter(UnitLetterheads.of(u), u.getName(), u.getCity() == null ? "Jakarta" : u.getCity(),
                i.getLetterDate() != null ? i.getLetterDate() : today, number,
                e.getLetterNature() == null || e.getLetterNature().isBlank() ? "Biasa" : e.getLetterNature(), "-",
                e.getLetterSubject() == null || e.getLetterSubject().isBlank() ? "Undangan" : e.getLetterSubject(),
                List.of("Pimpinan " + i.getInstitution().getName()), "Tempat", opening, details, closing,
                new OfficialLetter.Signatory(position, u.getHeadName() == null ? "" : u.getHeadName(), nip), copies);
    }

}
