package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.onsite.entity.NoticeLetter;
import id.sirakor.platform.document.LabeledValue;
import id.sirakor.platform.document.OfficialLetter;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.mail.AttachmentSource;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.control.InvitationLetters;
import id.sirakor.registration.entity.Invitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The surat pemberitahuan perubahan (a change of date, time or place) and the surat pembatalan
 * (the event cancelled), each numbered anew and referring to the institution's surat undangan by
 * its number and date (ADR 0083). Issued letters are kept in the file store as issued;
 * "notice-letter:ID" attaches the kept file to the outbox mail.
 */
@ApplicationScoped
@Transactional
public class NoticeLetters implements AttachmentSource {

    public static final String KIND = "notice-letter";
    public static final String CHANGE = "CHANGE";
    public static final String CANCEL = "CANCEL";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Attachment render(long letterId) {
        NoticeLetter l = em.find(NoticeLetter.class, letterId);
        return new Attachment(fileName(l), "application/pdf", pdf(l));
    }

    public static String fileName(NoticeLetter l) {
        return (CANCEL.equals(l.getKind()) ? "Surat-Pembatalan-" : "Surat-Pemberitahuan-Perubahan-")
                + l.getLetterNumber().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".pdf";
    }

    /** The letter as it was issued. */
    public byte[] pdf(NoticeLetter l) {
        try (var in = files.open(l.getLetterFile())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("notice letter " + l.getLetterNumber() + " missing from the file store", e);
        }
    }

    /** Keeps the rendered letter; returns its key in the file store. */
    String store(byte[] pdf) {
        return files.store(pdf);
    }

    /** One day of a schedule as told: "Rabu, 15 Agustus 2029", "09.00–16.00 WIB", "Grand Rocky Hotel, Ballroom". */
    public record DayRow(String date, String time, String place) {
    }

    static List<DayRow> dayRows(Event e) {
        List<DayRow> rows = new ArrayList<>();
        for (EventDay d : e.getDays()) {
            String place = d.getHall() == null ? "-" : d.getHall().getVenue().getName() + ", " + d.getHall().getName();
            rows.add(new DayRow(IndonesianTime.date(d.getDayDate(), IndonesianTime.ID),
                    IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), e.zone(), IndonesianTime.ID), place));
        }
        return rows;
    }

    static String encode(List<DayRow> rows) {
        StringBuilder s = new StringBuilder();
        for (DayRow r : rows) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(clean(r.date())).append('\t').append(clean(r.time())).append('\t').append(clean(r.place()));
        }
        String out = s.toString();
        return out.length() > 2000 ? null : out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** The rows of a stored schedule, or null for a schedule told before the rows were kept. */
    static List<DayRow> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        List<DayRow> rows = new ArrayList<>();
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                return null;
            }
            rows.add(new DayRow(f[0], f[1], f[2]));
        }
        return rows;
    }

    /** Dates, times and places of a schedule as three cells. */
    static List<String> cells(List<DayRow> rows) {
        List<String> dates = new ArrayList<>();
        Set<String> times = new LinkedHashSet<>();
        List<String> dayTimes = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        for (DayRow r : rows) {
            dates.add(r.date());
            times.add(r.time());
            dayTimes.add(r.date().replaceFirst("^[^,]*,\\s*", "") + ": " + r.time());
            places.add(r.place());
        }
        return List.of(dates.isEmpty() ? "-" : String.join("\n", dates),
                times.isEmpty() ? "-" : times.size() == 1 ? times.iterator().next() : String.join("\n", dayTimes),
                places.isEmpty() ? "-" : String.join("\n", places));
    }

    /** "surat kami Nomor 7/UND/K.SB/III/2027 tanggal 1 Maret 2027" */
    static String reference(Invitation i) {
        return "surat kami Nomor " + i.getLetterNumber() + " tanggal " + IndonesianTime.shortDate(i.getLetterDate(), IndonesianTime.ID);
    }

    /**
     * The change notice to one invited institution: the reference to its invitation, the
     * before/after table of date, time and place, the signature of the unit's head.
     *
     * @param told the schedule as last told (null: only its text is known, {@code toldText})
     */
    static OfficialLetter change(Event e, Invitation i, String number, LocalDate date, List<DayRow> told, String toldText,
                                 List<DayRow> now) {
        OrgUnit u = e.getUnit();
        List<String> opening = List.of("Menindaklanjuti " + reference(i) + " perihal undangan " + e.getTitle()
                + ", dengan hormat kami sampaikan perubahan jadwal kegiatan tersebut sebagai berikut:");
        List<OfficialLetter.Comparison.Row> rows = new ArrayList<>();
        if (told == null) {
            rows.add(new OfficialLetter.Comparison.Row("Jadwal", List.of(toldText == null ? "-" : toldText,
                    String.join("\n", now.stream().map(r -> r.date() + ", " + r.time() + ", " + r.place()).toList()))));
        } else {
            List<String> before = cells(told);
            List<String> after = cells(now);
            String[] labels = {"Hari/Tanggal", "Waktu", "Tempat"};
            for (int k = 0; k < labels.length; k++) {
                rows.add(new OfficialLetter.Comparison.Row(labels[k], List.of(before.get(k), after.get(k))));
            }
        }
        List<String> closing = List.of(
                "Peserta yang telah ditetapkan tetap hadir dengan tiket yang sama; pemberitahuan ini juga kami sampaikan kepada"
                        + " para peserta dan narasumber melalui surel, beserta berkas kalender yang memperbarui jadwal.",
                "Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih, dan mohon maaf atas"
                        + " perubahan ini.");
        return new OfficialLetter(UnitLetterheads.of(u), u.getName(), u.getCity() == null ? "Jakarta" : u.getCity(), date, number,
                "Segera", "-", "Pemberitahuan Perubahan Jadwal", List.of("Pimpinan " + i.getInstitution().getName()), "Tempat",
                opening, List.of(), closing, InvitationLetters.signatory(u), InvitationLetters.copies(e),
                new OfficialLetter.Comparison(List.of("", "Semula", "Menjadi"), rows));
    }

    /** The cancellation to one invited institution: the reference, what was planned, the reason. */
    static OfficialLetter cancel(Event e, Invitation i, String number, LocalDate date, List<DayRow> told, String reason) {
        OrgUnit u = e.getUnit();
        List<String> opening = List.of("Menindaklanjuti " + reference(i) + " perihal undangan " + e.getTitle()
                + ", dengan hormat kami sampaikan bahwa kegiatan tersebut yang sedianya dilaksanakan pada:");
        List<String> c = cells(told);
        List<LabeledValue> details = List.of(new LabeledValue("Hari/Tanggal", c.get(0)), new LabeledValue("Waktu", c.get(1)),
                new LabeledValue("Tempat", c.get(2)), new LabeledValue("Acara", e.getTitle()));
        List<String> closing = List.of(
                "DIBATALKAN, dengan alasan: " + reason.trim().replaceAll("[.\\s]+$", "") + ".",
                "Dengan pembatalan ini, penetapan peserta dan tiket yang telah diterbitkan tidak berlaku lagi. Pemberitahuan ini"
                        + " juga kami sampaikan kepada para peserta dan narasumber melalui surel.",
                "Demikian kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih, dan mohon maaf atas pembatalan ini.");
        return new OfficialLetter(UnitLetterheads.of(u), u.getName(), u.getCity() == null ? "Jakarta" : u.getCity(), date, number,
                "Segera", "-", "Pemberitahuan Pembatalan Kegiatan", List.of("Pimpinan " + i.getInstitution().getName()), "Tempat",
                opening, details, closing, InvitationLetters.signatory(u), InvitationLetters.copies(e));
    }
}
