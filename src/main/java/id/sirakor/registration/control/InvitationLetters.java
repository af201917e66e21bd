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

    @Inject
    id.sirakor.platform.storage.FileStore files;

    /** How an issued letter reaches the institution: the last paragraph differs. */
    public enum Delivery { MAIL, HAND }

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

    /**
     * The letter of an invitation (callers check who may see it): the PDF kept when it was
     * issued, or a draft rendered now from the current data while it has no number.
     */
    public byte[] pdf(long invitationId) {
        return pdf(em.find(Invitation.class, invitationId));
    }

    private byte[] pdf(Invitation i) {
        if (i.getLetterFile() != null) {
            try (var in = files.open(i.getLetterFile())) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("issued letter " + i.getLetterNumber() + " missing from the file store", e);
            }
        }
        if (i.getEvent().isOver(clock.now())) {
            // a draft would carry today's date under an event long past: there is no letter to show
            throw id.sirakor.platform.error.BusinessException.conflict("invitation.eventEnded");
        }
        return OfficialLetterPdf.render(letter(i, clock.now().atZone(i.getEvent().zone()).toLocalDate(), Delivery.MAIL));
    }

    /**
     * Renders the letter as issued (its number and date are set) and keeps it: from now on this
     * file is the letter, whatever changes later. Called in the transaction that issues the number.
     */
    public void freeze(Invitation i, Delivery delivery) {
        byte[] pdf = OfficialLetterPdf.render(letter(i, i.getLetterDate(), delivery));
        i.setLetterFile(files.store(pdf));
    }

    static OfficialLetter letter(Invitation i, LocalDate today) {
        return letter(i, today, Delivery.MAIL);
    }

    static OfficialLetter letter(Invitation i, LocalDate today, Delivery delivery) {
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
        String by = deadline == null ? "" : " paling lambat " + deadline;
        if (delivery == Delivery.HAND) {
            // a letter on paper carries no personal link: the names go to the secretariat, who enters them
            String contact = contact(u);
            closing.add("Nama peserta mohon disampaikan kepada Sekretariat " + u.getName() + (contact.isEmpty() ? "" : " (" + contact + ")")
                    + by + ". Setiap peserta menerima tiket QR yang ditunjukkan saat registrasi ulang.");
        } else {
            closing.add("Nama peserta mohon ditetapkan oleh operator instansi melalui tautan yang kami sampaikan bersama surel undangan"
                    + " ini" + by + ". Setiap peserta menerima tiket QR yang ditunjukkan saat registrasi ulang.");
        }
        closing.add("Demikian kami sampaikan, atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.");
        String number = i.getLetterNumber() != null ? i.getLetterNumber() : "(draf \u2013 nomor diberikan saat surat diterbitkan)";
        return new OfficialLetter(UnitLetterheads.of(u), u.getName(), u.getCity() == null ? "Jakarta" : u.getCity(),
                i.getLetterDate() != null ? i.getLetterDate() : today, number,
                e.getLetterNature() == null || e.getLetterNature().isBlank() ? "Biasa" : e.getLetterNature(), "-",
                e.getLetterSubject() == null || e.getLetterSubject().isBlank() ? "Undangan" : e.getLetterSubject(),
                List.of("Pimpinan " + i.getInstitution().getName()), "Tempat", opening, details, closing,
                signatory(u), copies(e));
    }

    /** The head of the unit signs its letters (the surat undangan and the notices that follow it). */
    public static OfficialLetter.Signatory signatory(OrgUnit u) {
        List<String> position = new ArrayList<>();
        position.add((u.getHeadTitle() == null || u.getHeadTitle().isBlank() ? "Ketua " + u.getName() : u.getHeadTitle()) + ",");
        String nip = u.getHeadNip() == null ? null : PersonalIds.formatNip(u.getHeadNip());
        return new OfficialLetter.Signatory(position, u.getHeadName() == null ? "" : u.getHeadName(), nip);
    }

    /** The event's Tembusan, one recipient per line, without a typed "Yth.". */
    public static List<String> copies(Event e) {
        List<String> copies = new ArrayList<>();
        if (e.getLetterCopies() != null) {
            for (String line : e.getLetterCopies().split("\\R")) {
                if (!line.isBlank()) {
                    copies.add(line.trim().replaceFirst("^(?i)yth\\.?\\s*", ""));
                }
            }
        }
        return copies;
    }


    private static String contact(OrgUnit u) {
        List<String> parts = new ArrayList<>();
        if (u.getPhone() != null && !u.getPhone().isBlank()) {
            parts.add("telepon " + u.getPhone().trim());
        }
        if (u.getEmail() != null && !u.getEmail().isBlank()) {
            parts.add("surel " + u.getEmail().trim());
        }
        return String.join(", ", parts);
    }
}
