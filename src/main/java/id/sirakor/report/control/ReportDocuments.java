package id.sirakor.report.control;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.utils.PdfMerger;
import id.sirakor.attendance.control.AttendanceDocuments;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.PdfKit;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.signing.DocumentSigner;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.verification.VerifiableDocument;
import id.sirakor.platform.verification.Verifications;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.report.entity.EventReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The laporan kegiatan as documents (ADR 0091): the PDF (a draft preview, or the signed report as
 * kept once finalized), with the lampiran appended after their title pages (the issued invitation
 * letter as kept, the daftar hadir of each day, the approved minutes as signed), and the .docx for
 * editing in Word or LibreOffice.
 */
@ApplicationScoped
@Transactional
public class ReportDocuments {

    private static final Locale ID = Messages.INDONESIAN;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportService reports;

    @Inject
    AttendanceDocuments attendance;

    @Inject
    DocumentSigner signer;

    @Inject
    FileStore files;

    @Inject
    Verifications verifications;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** A lampiran document to append: its title page's title and note, and its pages. */
    record Part(ReportPdf.Appendix appendix, byte[] pdf, String listed) {
    }

    /** The signed report as kept once finalized, else a draft rendered now. */
    public byte[] pdf(long eventId) {
        Event e = reports.readable(eventId);
        EventReport r = reports.record(eventId);
        if (r != null && r.isFinal()) {
            return read(r.getFileKey());
        }
        return render(e, reports.texts(e), null, null);
    }

    /** The .docx of the current texts and data. */
    public byte[] docx(long eventId) {
        Event e = reports.readable(eventId);
        EventReport r = reports.record(eventId);
        List<Part> parts = parts(e);
        ReportContent c = reports.content(e, reports.texts(e), r != null && r.isFinal() ? r.getVerifyCode() : null,
                r != null && r.isFinal() ? r.getSignedAt() : null, listed(parts, e));
        audit.record("report.docx", "Event", e.getId(), e.getUnit().getId(), e.getTitle(), null, null);
        return ReportDocx.render(c);
    }

    /**
     * Signs the report in the unit head's name through the document signer (PAdES), keeps it and
     * registers it for verification. Needs approved minutes (Bab III comes from them) and the
     * unit's head.
     */
    public ReportService.View finalizeReport(long eventId) {
        Event e = reports.writable(eventId);
        if (reports.approvedMinutes(eventId) == null) {
            throw BusinessException.conflict("report.minutesNotApproved");
        }
        if (ReportService.blank(e.getUnit().getHeadName())) {
            throw BusinessException.conflict("report.noHead", e.getUnit().getName());
        }
        EventReport r = reports.record(eventId);
        if (r != null && r.isFinal()) {
            throw BusinessException.conflict("report.alreadyFinal");
        }
        ReportService.Texts t = reports.texts(e);
        if (r == null) {
            r = new EventReport(eventId);
            r.setBackground(t.background());
            r.setLegalBasis(t.legalBasis());
            r.setPurpose(t.purpose());
            r.setConclusion(t.conclusion());
            r.setRecommendation(t.recommendation());
            r.setUpdatedBy(reports.username());
            r.setUpdatedAt(clock.now());
            em.persist(r);
            em.flush();
        }
        Instant now = clock.now();
        String code = Verifications.newCode();
        byte[] pdf = render(e, t, code, now);
        String place = ReportService.blank(e.getUnit().getCity()) ? e.getUnit().getName() : e.getUnit().getCity();
        byte[] signed = signer.sign(pdf, new DocumentSigner.Request("Laporan Kegiatan " + e.getTitle() + " – ditandatangani "
                + e.getUnit().getHeadName(), place));
        String key = files.store(signed);
        Map<String, Object> before = r.snapshot();
        r.setFileKey(key);
        r.setVerifyCode(code);
        r.setSignedAt(now);
        r.setSignedBy(reports.username());
        verifications.register(new VerifiableDocument(code, "REPORT", r.getId(), "Laporan Kegiatan – " + cut(e.getTitle(), 270),
                e.getUnit().getName(), "Ditandatangani " + (e.getUnit().getHeadTitle() == null ? "" : e.getUnit().getHeadTitle() + " ")
                        + e.getUnit().getHeadName() + "; " + IndonesianTime.dateTime(now, e.zone(), ID), key, key, signer.signerName(), now));
        audit.record("report.finalize", "EventReport", r.getId(), e.getUnit().getId(), e.getTitle(), before, r.snapshot());
        return reports.view(eventId);
    }

    static String cut(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    /** The lampiran that exist for the event, in the report's order. */
    List<Part> parts(Event e) {
        List<Part> parts = new ArrayList<>();
        List<Invitation> letters = em.createQuery("select i from Invitation i join fetch i.institution where i.event.id = :e"
                + " and i.letterFile is not null order by i.letterDate, i.id", Invitation.class).setParameter("e", e.getId()).getResultList();
        if (!letters.isEmpty()) {
            Invitation first = letters.get(0);
            String about = "Nomor " + first.getLetterNumber() + " tanggal " + IndonesianTime.shortDate(first.getLetterDate(), ID)
                    + " kepada " + first.getInstitution().getName();
            String note = letters.size() == 1 ? "Surat undangan " + about
                    : "Surat undangan " + about + " (satu dari " + letters.size() + " surat undangan yang diterbitkan, isinya sama kecuali tujuan)";
            parts.add(new Part(new ReportPdf.Appendix("Surat Undangan", note), read(first.getLetterFile()), "Surat undangan: " + note));
        }
        List<byte[]> sheets = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (EventDay d : e.getDays()) {
            if (reports.presentOn(d) > 0) {
                sheets.add(attendance.daftarHadir(e.getId(), d.getId()));
                days.add(IndonesianTime.shortDate(d.getDayDate(), ID));
            }
        }
        if (!sheets.isEmpty()) {
            String note = "Daftar hadir " + String.join(", ", days);
            parts.add(new Part(new ReportPdf.Appendix("Daftar Hadir", note), PdfKit.merge(sheets), note));
        }
        Minutes m = reports.approvedMinutes(e.getId());
        if (m != null) {
            String note = "Notula rapat versi " + m.getVersionNo() + ", disetujui "
                    + IndonesianTime.shortDate(m.getApprovedAt().atZone(e.zone()).toLocalDate(), ID)
                    + ", sebagaimana ditandatangani secara elektronik";
            parts.add(new Part(new ReportPdf.Appendix("Notula Rapat", note), read(m.getFileKey()), note));
        }
        return parts;
    }

    private List<String> listed(List<Part> parts, Event e) {
        List<String> l = new ArrayList<>(parts.stream().map(Part::listed).toList());
        int photos = reports.photoCount(e.getId());
        if (photos > 0) {
            l.add("Dokumentasi kegiatan: " + photos + " foto dengan keterangan");
        }
        if (l.isEmpty()) {
            l.add("Tidak ada lampiran.");
        }
        return l;
    }

    /** The report PDF: the main document (rendered twice for the daftar isi's page numbers) with the lampiran merged in. */
    byte[] render(Event e, ReportService.Texts t, String code, Instant signedAt) {
        List<Part> parts = parts(e);
        ReportContent c = reports.content(e, t, code, signedAt, listed(parts, e));
        List<ReportPdf.Appendix> appendices = parts.stream().map(Part::appendix).toList();
        boolean draft = code == null;
        ReportPdf.Result first = ReportPdf.render(c, appendices, Map.of(), draft);
        int[] lengths = parts.stream().mapToInt(p -> pages(p.pdf())).toArray();
        Map<String, Integer> toc = new HashMap<>();
        first.pages().forEach((k, p) -> toc.put(k, finalPage(p, first.appendixPages(), lengths)));
        ReportPdf.Result second = ReportPdf.render(c, appendices, toc, draft);
        return assemble(second, parts);
    }

    /** Where page {@code p} of the main document lands once the lampiran are merged in after their title pages. */
    static int finalPage(int p, List<Integer> appendixPages, int[] lengths) {
        int shift = 0;
        for (int i = 0; i < appendixPages.size(); i++) {
            if (appendixPages.get(i) < p) {
                shift += lengths[i];
            }
        }
        return p + shift;
    }

    /** Main pages and lampiran interleaved; the main document's pages (not the cover) numbered at the foot. */
    static byte[] assemble(ReportPdf.Result main, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument target = new PdfDocument(new PdfWriter(out));
             PdfDocument src = new PdfDocument(new PdfReader(new ByteArrayInputStream(main.pdf())))) {
            PdfMerger merger = new PdfMerger(target).setCloseSourceDocuments(false);
            List<Integer> mainPages = new ArrayList<>();
            int from = 1;
            int total = src.getNumberOfPages();
            for (int i = 0; i <= parts.size(); i++) {
                int to = i < parts.size() ? main.appendixPages().get(i) : total;
                if (to >= from) {
                    int start = target.getNumberOfPages() + 1;
                    merger.merge(src, from, to);
                    for (int p = start; p <= target.getNumberOfPages(); p++) {
                        mainPages.add(p);
                    }
                }
                from = to + 1;
                if (i < parts.size()) {
                    try (PdfDocument part = new PdfDocument(new PdfReader(new ByteArrayInputStream(parts.get(i).pdf())))) {
                        merger.merge(part, 1, part.getNumberOfPages());
                    }
                }
            }
            var font = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            for (int p : mainPages) {
                if (p == 1) {
                    continue; // the cover carries no number
                }
                Rectangle size = target.getPage(p).getPageSize();
                String label = "- " + p + " -";
                float w = font.getWidth(label, 9);
                new PdfCanvas(target.getPage(p)).beginText().setFontAndSize(font, 9)
                        .moveText(size.getWidth() / 2 - w / 2, PdfKitMargins.FOOT).showText(label).endText().release();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** Where the page number stands: 1.2 cm above the bottom edge, inside the 2.5 cm bottom margin. */
    static final class PdfKitMargins {
        static final float FOOT = (float) (1.2 * 72 / 2.54);

        private PdfKitMargins() {
        }
    }

    static int pages(byte[] pdf) {
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return d.getNumberOfPages();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    byte[] read(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
