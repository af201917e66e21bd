package id.sirakor.minutes.control;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import id.sirakor.attendance.control.AttendanceDocuments;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesAttachment;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.platform.document.LabeledValue;
import id.sirakor.platform.document.PdfKit;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.signing.DocumentSigner;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.verification.VerifiableDocument;
import id.sirakor.platform.verification.Verifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the NOTULA RAPAT with the daftar hadir of each day appended, signs it (PAdES) and registers it for verification. */
@ApplicationScoped
public class MinutesDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceDocuments attendance;

    @Inject
    DocumentSigner signer;

    @Inject
    FileStore files;

    @Inject
    Verifications verifications;

    @Inject
    MinutesSessions sessionRecords;

    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(Event e, Minutes m, List<FollowUp> followUps) {
        sign(e, m, followUps, true);
    }

    /**
     * @param attachDaftarHadir false only where no user acts (the demo data): the daftar hadir is
     *        rendered through the attendance pages' checks, which need the secretariat
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(Event e, Minutes m, List<FollowUp> followUps, boolean attachDaftarHadir) {
        String code = Verifications.newCode();
        byte[] main = render(e, m, followUps, code);
        List<byte[]> parts = new ArrayList<>();
        parts.add(main);
        for (EventDay d : attachDaftarHadir ? e.getDays() : List.<EventDay>of()) {
            long present = em.createQuery("select count(a) from Attendance a where a.dayId = :d", Long.class)
                    .setParameter("d", d.getId()).getSingleResult();
            if (present > 0) {
                parts.add(attendance.daftarHadir(e.getId(), d.getId()));
            }
        }
        byte[] pdf = signer.sign(PdfKit.merge(parts), new DocumentSigner.Request("Notula Rapat " + e.getTitle() + " – disetujui",
                e.getUnit().getCity() == null ? e.getUnit().getName() : e.getUnit().getCity()));
        String key = files.store(pdf);
        m.setFileKey(key);
        m.setVerifyCode(code);
        verifications.register(new VerifiableDocument(code, "MINUTES", m.getId(), "Notula Rapat – " + cut(e.getTitle(), 280),
                e.getUnit().getName(), "Versi " + m.getVersionNo() + "; Pimpinan Rapat: " + m.getChairName() + "; Pencatat: " + m.getTakerName()
                        + "; disetujui oleh " + m.getApprovedBy(), key, key, signer.signerName(), m.getApprovedAt()));
    }

    static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    byte[] render(Event e, Minutes m, List<FollowUp> followUps, String code) {
        Locale id = Messages.INDONESIAN;
        List<LabeledValue> rows = new ArrayList<>();
        rows.add(new LabeledValue("Rapat", e.getTitle()));
        EventDay first = e.getDays().isEmpty() ? null : e.getDays().get(0);
        EventDay last = e.getDays().isEmpty() ? null : e.getDays().get(e.getDays().size() - 1);
        if (first != null) {
            String date = IndonesianTime.date(first.getDayDate(), id);
            if (last != first) {
                date += " s.d. " + IndonesianTime.date(last.getDayDate(), id);
            }
            rows.add(new LabeledValue("Hari/Tanggal", date));
            if (first.getStartsAt() != null && first.getEndsAt() != null) {
                rows.add(new LabeledValue("Waktu", IndonesianTime.timeRange(first.getStartsAt(), first.getEndsAt(), e.zone(), id)));
            }
            if (first.getHall() != null) {
                rows.add(new LabeledValue("Tempat", first.getHall().getName() + ", " + first.getHall().getVenue().getName()));
            }
        }
        rows.add(new LabeledValue("Acara", e.getTheme() == null || e.getTheme().isBlank() ? e.getTitle() : e.getTheme()));
        rows.add(new LabeledValue("Pimpinan Rapat", m.getChairName() + (m.getChairPosition() == null ? "" : ", " + m.getChairPosition())));
        rows.add(new LabeledValue("Pencatat", m.getTakerName()));
        long present = em.createQuery("select count(distinct a.registration.id) from Attendance a where a.eventId = :e", Long.class)
                .setParameter("e", e.getId()).getSingleResult();
        rows.add(new LabeledValue("Peserta", present + " orang (daftar hadir terlampir)"));
        List<String> sessions = new ArrayList<>();
        for (EventSession s : e.getSessions()) {
            sessions.add(s.getTitle());
        }
        List<MinutesPdf.Follow> fs = followUps.stream().map(f -> new MinutesPdf.Follow(f.getAction(), f.getResponsible(),
                f.getDueDate() == null ? "-" : IndonesianTime.shortDate(f.getDueDate(), id), switch (f.getStatus()) {
                    case OPEN -> "Terbuka";
                    case DONE -> "Selesai";
                    case DROPPED -> "Dibatalkan";
                })).toList();
        String place = e.getUnit().getCity() == null ? "" : e.getUnit().getCity();
        java.time.Instant takerAt = m.getTakerSignedAt() == null ? m.getApprovedAt() : m.getTakerSignedAt();
        String approved = "Ditandatangani Pencatat " + IndonesianTime.dateTime(takerAt, e.zone(), id) + "; disetujui "
                + IndonesianTime.dateTime(m.getApprovedAt(), e.zone(), id) + " oleh " + m.getApprovedBy()
                + " atas nama Pimpinan Rapat; ditandatangani secara elektronik (PAdES).";
        List<MinutesSessions.SessionView> views = sessionRecords.view(e, m.getId());
        List<MinutesPdf.SessionBlock> blocks = new ArrayList<>();
        for (MinutesSessions.SessionView v : views) {
            if ((v.summary() == null || v.summary().isBlank()) && (v.decisions() == null || v.decisions().isBlank()) && v.points().isEmpty()) {
                continue;
            }
            blocks.add(new MinutesPdf.SessionBlock(v.title(), v.when(), v.speakers(), v.summary(), v.points().stream()
                    .map(p -> p.getByName() + (p.getByKind() == MinutesPoint.By.SPEAKER ? " (narasumber)" : "")
                            + (p.getSuggestionId() != null ? " [sumbang saran]" : "") + ": " + p.getBody().replace('\n', ' ')).toList(),
                    v.decisions()));
        }
        List<String> listed = new ArrayList<>();
        List<MinutesPdf.Photo> photos = new ArrayList<>();
        int photoNo = 0;
        for (MinutesAttachment a : sessionRecords.attachments(m.getId())) {
            String where = a.getSessionId() == null ? "" : views.stream().filter(v -> v.sessionId() == a.getSessionId())
                    .map(v -> " – sesi " + v.title()).findFirst().orElse("");
            byte[] bytes = read(a.getFileKey());
            if (a.isPhoto()) {
                String caption = "Foto " + (++photoNo) + ". " + (a.getCaption() == null ? a.getFileName() : a.getCaption()) + where;
                listed.add(caption);
                photos.add(new MinutesPdf.Photo(bytes, caption));
            } else {
                listed.add("Bahan paparan: " + a.getFileName() + " (PDF, " + pages(bytes) + " halaman)"
                        + (a.getCaption() == null ? "" : " – " + a.getCaption()) + where);
            }
        }
        String chairOn = IndonesianTime.shortDate(m.getApprovedAt().atZone(e.zone()).toLocalDate(), id);
        String takerOn = IndonesianTime.shortDate(takerAt.atZone(e.zone()).toLocalDate(), id);
        return MinutesPdf.render(new MinutesPdf.Model(UnitLetterheads.of(e.getUnit()), e.getUnit().getName(), e.getTitle(), rows,
                m.getOpening(), sessions, m.getSummary(), m.getPoints(), m.getDecisions(), fs, place,
                IndonesianTime.date(m.getApprovedAt().atZone(e.zone()).toLocalDate(), id), m.getChairPosition(), m.getChairName(),
                m.getTakerName(), approved, m.getVersionNo(), code, Verifications.url(code), blocks,
                new MinutesPdf.Signer("Pimpinan Rapat,", m.getChairPosition(), m.getChairName(), chairOn),
                new MinutesPdf.Signer("Pencatat,", m.getTakerPosition() == null ? "Notulis" : m.getTakerPosition(), m.getTakerName(), takerOn),
                listed, photos));
    }

    static int pages(byte[] pdf) {
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return d.getNumberOfPages();
        } catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    public byte[] read(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
