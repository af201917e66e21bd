package id.sirakor.spj.control;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.document.Letterhead;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.platform.text.Rupiah;
import id.sirakor.spj.control.SpjService.Spj;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The SPJ documents of an event for download, one by one (PDF or .xlsx) or all in one ZIP
 * "Berkas SPJ &lt;event&gt;" with a cover list. They hold bank accounts and NIP: every download is
 * audited. Access as {@link SpjService#accessible}.
 */
@ApplicationScoped
@Transactional
public class SpjDocuments {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    /** The documents, by the name used in URLs. */
    public enum Doc {
        HONORARIUM("Daftar Penerimaan Honorarium", true),
        KUITANSI("Kuitansi Honorarium", false),
        TRANSPORT("Daftar Penerimaan Uang Transport", true),
        REKAP("Rekap Peserta", true),
        DAFTAR_ISI("Daftar Isi Berkas SPJ", false);

        public final String title;
        public final boolean sheet;

        Doc(String title, boolean sheet) {
            this.title = title;
            this.sheet = sheet;
        }

        public static Doc of(String slug) {
            for (Doc d : values()) {
                if (d.slug().equals(slug)) {
                    return d;
                }
            }
            return null;
        }

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record File(String name, String contentType, byte[] content) {
    }

    @Inject
    SpjService spj;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** {@code doc} null (an unknown name): 404 after the access check. */
    public File pdf(long eventId, Doc doc) {
        if (doc == null) {
            spj.accessible(eventId);
            throw BusinessException.notFound("error.notFound");
        }
        Spj s = spj.compute(eventId);
        Letterhead head = UnitLetterheads.of(em.find(OrgUnit.class, s.unitId()));
        byte[] bytes = doc == Doc.DAFTAR_ISI ? bundle(s, head).cover : render(s, head, doc);
        audit.record("spj.document", "Event", s.eventId(), s.unitId(), s.eventTitle() + " – " + doc.title + " (PDF)", null,
                Map.of("document", doc.slug(), "format", "pdf"));
        personalData.record(PersonalDataLog.Access.EXPORT, "spj", s.eventId(), s.unitId(), -1);
        return new File(fileName(doc.title, s.eventTitle()) + ".pdf", PDF, bytes);
    }

    public File xlsx(long eventId, Doc doc) {
        if (doc == null || !doc.sheet) {
            spj.accessible(eventId);
            throw BusinessException.notFound("error.notFound");
        }
        Spj s = spj.compute(eventId);
        byte[] bytes = sheet(s, doc);
        audit.record("spj.document", "Event", s.eventId(), s.unitId(), s.eventTitle() + " – " + doc.title + " (xlsx)", null,
                Map.of("document", doc.slug(), "format", "xlsx"));
        personalData.record(PersonalDataLog.Access.EXPORT, "spj", s.eventId(), s.unitId(), -1);
        return new File(fileName(doc.title, s.eventTitle()) + ".xlsx", XLSX, bytes);
    }

    public File zip(long eventId) {
        Spj s = spj.compute(eventId);
        personalData.record(PersonalDataLog.Access.EXPORT, "spj", s.eventId(), s.unitId(), -1);
        Letterhead head = UnitLetterheads.of(em.find(OrgUnit.class, s.unitId()));
        Bundle b = bundle(s, head);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "00 " + Doc.DAFTAR_ISI.title + ".pdf", b.cover);
            for (var f : b.files) {
                put(zip, f.name(), f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("spj.zip", "Event", s.eventId(), s.unitId(), s.eventTitle() + " – Berkas SPJ (" + (b.files.size() + 1) + " berkas)",
                null, Map.of("files", b.files.size() + 1, "recipients", s.honor().size(), "transport", s.transport().size()));
        return new File(fileName("Berkas SPJ", s.eventTitle()) + ".zip", "application/zip", out.toByteArray());
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    static byte[] render(Spj s, Letterhead head, Doc doc) {
        return switch (doc) {
            case HONORARIUM -> SpjPdf.honor(s, head);
            case KUITANSI -> SpjPdf.kuitansi(s, head);
            case TRANSPORT -> SpjPdf.transport(s, head);
            case REKAP -> SpjPdf.rekap(s, head);
            case DAFTAR_ISI -> throw new IllegalArgumentException("the cover is made with the bundle");
        };
    }

    static byte[] sheet(Spj s, Doc doc) {
        return switch (doc) {
            case HONORARIUM -> SpjSheets.honor(s);
            case TRANSPORT -> SpjSheets.transport(s);
            case REKAP -> SpjSheets.rekap(s);
            default -> throw new IllegalArgumentException(doc.name());
        };
    }

    private record Bundle(byte[] cover, List<File> files) {
    }

    private static Bundle bundle(Spj s, Letterhead head) {
        List<File> files = new ArrayList<>();
        List<SpjPdf.Entry> entries = new ArrayList<>();
        int n = 0;
        for (Doc d : List.of(Doc.HONORARIUM, Doc.KUITANSI, Doc.TRANSPORT, Doc.REKAP)) {
            String prefix = String.format("%02d ", ++n);
            byte[] pdf = render(s, head, d);
            files.add(new File(prefix + d.title + ".pdf", PDF, pdf));
            String names = prefix + d.title + ".pdf";
            if (d.sheet) {
                files.add(new File(prefix + d.title + ".xlsx", XLSX, sheet(s, d)));
                names += ", " + prefix + d.title + ".xlsx";
            }
            String total = switch (d) {
                case HONORARIUM -> s.honor().size() + " penerima, netto " + Rupiah.format(s.honorTotals().netto());
                case KUITANSI -> s.honor().size() + " kuitansi, bruto " + Rupiah.format(s.honorTotals().bruto());
                case TRANSPORT -> s.transport().size() + " peserta, " + Rupiah.format(s.transportTotal());
                default -> s.rekap().size() + " instansi, " + s.rekapRegistered() + " terdaftar, " + s.rekapPresent() + " hadir";
            };
            entries.add(new SpjPdf.Entry(d.title, names, pages(pdf), total));
        }
        return new Bundle(SpjPdf.cover(s, head, entries), files);
    }

    static int pages(byte[] pdf) {
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Berkas SPJ Rakor Netralitas ASN 2027": plain ASCII letters, digits, spaces and dashes, at most 100 characters. */
    static String fileName(String what, String event) {
        String plain = Normalizer.normalize(what + " " + event, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 \\-]", " ").replaceAll("\\s+", " ").trim();
        return plain.length() > 100 ? plain.substring(0, 100).trim() : plain;
    }
}
