package id.sirakor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import id.sirakor.platform.document.Letterhead;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.report.control.ReportContent;
import id.sirakor.report.control.ReportDocx;
import id.sirakor.report.control.ReportPdf;
import id.sirakor.report.control.ReportService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The report's renderers on a hand-made model (the IT reads back the real one) and the texts' rules. */
class ReportRenderTest {

    static byte[] jpeg(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xdde7f0));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x1b4f72));
        g.fillRect(w / 8, h / 3, w * 3 / 4, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static ReportContent model() throws Exception {
        return new ReportContent(new Letterhead(null, List.of("BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA BARAT"), "Jl. Pramuka Raya No. 2", null),
                "Bawaslu Provinsi Sumatera Barat", "Rapat Koordinasi Netralitas Kepala Desa", "Rapat Koordinasi", "Nagari netral", "2024",
                new ReportContent.Texts("Latar belakang satu.\nParagraf dua.", List.of("Undang-Undang Nomor 7 Tahun 2017"), "Maksud.",
                        "Kesimpulan.", "Rekomendasi."),
                List.of("Rabu, 13 Maret 2024, pukul 09.00–16.00 WIB"), List.of("Ballroom, Hotel Uji, Bukittinggi"),
                List.of(new ReportContent.ParticipantRow("Bawaslu", 10, 8, 7), new ReportContent.ParticipantRow("Lainnya", 0, 3, 2)),
                new ReportContent.ParticipantRow("Jumlah", 10, 11, 9),
                List.of(new ReportContent.SpeakerRow("Paparan", "13 Maret 2024, 10.00–11.00 WIB", "Narasumber", "Dr. Hendra Gunawan",
                        "Anggota Bawaslu", "paparan.pdf")),
                "Notula versi 1 disetujui", true,
                List.of(new ReportContent.SessionResult("Paparan", "10.00–11.00 WIB", "Ringkasan sesi.", List.of("Peserta: saran."), "Keputusan sesi.")),
                "Ringkasan umum.", "Keputusan umum.", List.of(new ReportContent.FollowRow("Menyusun format", "Bawaslu", "30 Maret 2024", "Terbuka")),
                new ReportContent.Signature("Padang, 20 Maret 2024", "Ketua Bawaslu Provinsi Sumatera Barat", "Dr. Andi Saputra, S.H., M.H.",
                        "NIP 197203152000031004", null, null, null),
                List.of("Daftar hadir 13 Maret 2024", "Dokumentasi kegiatan: 2 foto"),
                List.of(new ReportContent.Photo(jpeg(800, 600), 800, 600, "Foto 1. Pembukaan"),
                        new ReportContent.Photo(jpeg(600, 900), 600, 900, "Foto 2. Diskusi")));
    }

    @Test
    void pdfHasCoverTocChaptersAndPhotos() throws Exception {
        ReportContent c = model();
        List<ReportPdf.Appendix> appendices = List.of(new ReportPdf.Appendix("Daftar Hadir", "Daftar hadir 13 Maret 2024"));
        ReportPdf.Result r = ReportPdf.render(c, appendices, Map.of(), true);
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "laporan-render-test.pdf"), r.pdf());
        StringBuilder all = new StringBuilder();
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(r.pdf())))) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                all.append(PdfTextExtractor.getTextFromPage(d.getPage(p))).append('\n');
            }
        }
        String flat = all.toString().replaceAll("\\s+", " ");
        for (String s : new String[] {"LAPORAN KEGIATAN", "DAFTAR ISI", "BAB I PENDAHULUAN", "BAB II PELAKSANAAN KEGIATAN", "BAB III HASIL KEGIATAN",
                "BAB IV PENUTUP", "LAMPIRAN 1 DAFTAR HADIR", "Bawaslu 10 8 7", "Jumlah 10 11 9", "Keputusan sesi.", "Foto 2. Diskusi", "DRAF"}) {
            assertTrue(flat.contains(s), s + " in " + flat);
        }
        assertEquals(1, r.appendixPages().size());
        assertTrue(r.pages().get("BAB I PENDAHULUAN") >= 3, "cover and daftar isi first");
        assertTrue(r.pages().get("Lampiran 2. Dokumentasi Kegiatan") > r.appendixPages().get(0));
    }

    @Test
    void docxHasHeadingStylesTablesAndPictures() throws Exception {
        byte[] docx = ReportDocx.render(model());
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "laporan-render-test.docx"), docx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> h1 = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of(ReportContent.BAB_I, ReportContent.BAB_II, ReportContent.BAB_III, ReportContent.BAB_IV, ReportContent.LAMPIRAN), h1);
            assertEquals(2, d.getAllPictures().size());
            assertEquals("8", d.getTables().get(0).getRow(1).getCell(3).getText());
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("Foto 2. Diskusi")));
        }
    }

    @Test
    void aTypedInstitutionNameIsClassedByHowItBegins() {
        var T = id.sirakor.institution.entity.InstitutionType.class;
        assertEquals("OPD", ReportService.typeOf(null, "Inspektorat Kota Padang").name());
        assertEquals("OPD", ReportService.typeOf(null, "Kesbangpol Kota Padang").name());
        assertEquals("BKPSDM", ReportService.typeOf(null, "BKPSDM Kota Padang").name());
        assertEquals("BAWASLU", ReportService.typeOf(null, "Bawaslu Kota Padang").name());
        assertEquals("KASN_BKN", ReportService.typeOf(null, "Badan Kepegawaian Negara").name());
        assertEquals("BPN", ReportService.typeOf(null, "Badan Pertanahan Nasional Kota Padang").name());
        assertEquals("POLRI", ReportService.typeOf(null, "Polres  Agam").name());
        assertEquals("DESA", ReportService.typeOf(null, "Pemerintah Nagari Koto Tangah").name());
        assertEquals("LAINNYA", ReportService.typeOf(null, "Dinasti Jaya").name(), "a whole word, not a prefix of one");
        assertEquals("LAINNYA", ReportService.typeOf(null, null).name());
        assertEquals("TNI", ReportService.typeOf(id.sirakor.institution.entity.InstitutionType.TNI, "Bawaslu Agam").name(), "the directory wins");
        assertTrue(T.isEnum());
    }

    @Test
    void textsAreBoundedRequiredAndTheLegalBasisIsAList() {
        var ok = ReportService.check(new ReportService.Texts(" Latar ", "1. UU 7/2017\n\n b) Perbawaslu 6/2018 \n", "Maksud", "Simpul", null));
        assertEquals("Latar", ok.background());
        assertEquals("UU 7/2017\nPerbawaslu 6/2018", ok.legalBasis());
        assertEquals("", ok.recommendation());
        BusinessException e = assertThrows(BusinessException.class,
                () -> ReportService.check(new ReportService.Texts("x".repeat(ReportService.BACKGROUND_MAX + 1), "", "m", "k", "")));
        assertEquals("background", e.field());
        e = assertThrows(BusinessException.class, () -> ReportService.check(new ReportService.Texts("x", "", " ", "k", "")));
        assertEquals("purpose", e.field());
        e = assertThrows(BusinessException.class, () -> ReportService.check(new ReportService.Texts("x", "", "m", "k\u0000", "")));
        assertEquals("conclusion", e.field());
    }
}
