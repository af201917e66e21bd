package id.sirakor.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfKitTest {

    @Test
    void standardFontsKeepIndonesianTheDashAndTheBulletAndReplaceWhatTheyCannotPrint() {
        String indonesian = "Rabu, 10 Maret 2027 \u2022 09.00\u201316.00 WIB \u2013 \u201cPakta\u201d caf\u00e9";
        assertEquals(indonesian, PdfKit.plain(indonesian));
        assertEquals("Asad", PdfKit.plain("\u0100sad"), "an accent outside WinAnsi is dropped, not the letter");
        assertEquals("? 5", PdfKit.plain("\u2265 5"));
        assertEquals("a\nb c", PdfKit.plain("a\r\nb\tc"));
    }

    @Test
    void documentCarriesItsInformationAndALetterheadWithoutLogo() throws IOException {
        byte[] pdf;
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2, 2.5, 2.5, 3), PdfKit.Typeface.SERIF,
                new PdfKit.Info("Daftar Hadir", "Bawaslu Kota Bukittinggi", "Rapat koordinasi"))) {
            kit.document().add(kit.letterhead(new Letterhead(null,
                    List.of("Badan Pengawas Pemilihan Umum", "Kota Bukittinggi"), "Jalan Sudirman, Bukittinggi", null)));
            kit.document().add(kit.paragraph("\u0100 \u2265", kit.regular(), 11));
            pdf = kit.finish();
        }
        Documents.keep("kop-tanpa-logo.pdf", pdf);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertEquals("Daftar Hadir", doc.getDocumentInfo().getTitle());
            assertEquals("Bawaslu Kota Bukittinggi", doc.getDocumentInfo().getAuthor());
            assertEquals("Sirakor", doc.getDocumentInfo().getCreator());
            assertEquals(1, doc.getNumberOfPages());
        }
        String text = Documents.flat(Documents.pages(pdf));
        assertTrue(text.contains("BADAN PENGAWAS PEMILIHAN UMUM KOTA BUKITTINGGI"), text);
        assertTrue(text.contains("Jalan Sudirman, Bukittinggi"), text);
        assertTrue(text.contains("A ?"), text);
    }

    @Test
    void labelBlockRefusesLabelsThatLeaveNoRoomForValues() {
        try (PdfKit kit = PdfKit.open(PageSize.A6, PdfKit.Margins.cm(1, 1, 1, 1), PdfKit.Typeface.SANS,
                new PdfKit.Info("t", "a", "s"))) {
            assertThrows(IllegalArgumentException.class, () -> kit.labelTable(List.of(
                    new LabeledValue("Tempat penyelenggaraan kegiatan rapat koordinasi", "Bukittinggi")), 11, 200));
        }
    }
}
