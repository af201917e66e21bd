package id.sirakor.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Rundown, badges, seating plan and place cards, rendered and read back (text, QR codes). */
class OnsitePdfTest {

    private static final BadgePdf.Event EVENT = new BadgePdf.Event("Bawaslu Provinsi Sumatera Barat",
            "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN", "Rabu, 10 Maret 2027", null);

    @Test
    void rundownHasMinuteTimesAnthemDoaPhotoAndMcNotes() {
        byte[] pdf = RundownPdf.render("Bawaslu Provinsi Sumatera Barat", "Rapat Koordinasi Evaluasi", "Hotel Rocky, Ruang Singgalang",
                List.of(new RundownPdf.Day("Rabu, 10 Maret 2027", List.of(
                        new RundownPdf.Line("08.30\u201308.35", "Menyanyikan lagu kebangsaan Indonesia Raya", "Dirigen",
                                "Pembawa acara mempersilakan hadirin berdiri."),
                        new RundownPdf.Line("08.35\u201308.40", "Pembacaan doa", "Ustaz Fauzan", null),
                        new RundownPdf.Line("08.40\u201308.55", "Sambutan dan pembukaan", "Ketua Bawaslu Provinsi",
                                "Pembawa acara mempersilakan Ketua Bawaslu Provinsi Sumatera Barat."),
                        new RundownPdf.Line("12.20\u201312.30", "Foto bersama", "Dokumentasi", null)))));
        Documents.keep("rundown.pdf", pdf);
        String text = Documents.flat(Documents.pages(pdf));
        for (String s : List.of("SUSUNAN ACARA", "08.30\u201308.35", "Indonesia Raya", "Pembacaan doa", "Foto bersama",
                "MC: Pembawa acara mempersilakan hadirin berdiri.", "Hotel Rocky")) {
            assertTrue(text.contains(s), s + " in: " + text);
        }
    }

    private static List<BadgePdf.Badge> badges(int n) {
        List<BadgePdf.Badge> list = new ArrayList<>();
        String[] roles = {"Peserta", "Narasumber", "Panitia", "Pers", "VIP"};
        String[] colours = {"#1d5c9a", "#b3261e", "#1d7a3a", "#e0a100", "#4a2a7a"};
        for (int i = 0; i < n; i++) {
            list.add(new BadgePdf.Badge("Dr. Peserta Nomor " + (i + 1) + ", S.H., M.H.", "BKPSDM Kabupaten Agam", roles[i % 5],
                    colours[i % 5], "SIRAKOR-TIKET:K7QM3XPA" + (char) ('A' + i) + "D", "K7QM3-XPA" + (char) ('A' + i) + "D"));
        }
        return list;
    }

    /** Every QR code on every page, decoded from the page rendered at 300 dpi. */
    static Set<String> qrCodes(byte[] pdf) throws Exception {
        Set<String> out = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = r.renderImageWithDPI(i, 300, ImageType.GRAY);
                for (Result res : new QRCodeMultiReader().decodeMultiple(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                    out.add(res.getText());
                }
            }
        }
        return out;
    }

    @Test
    void eightBadgesOnAnA4SheetEachScansToItsTicket() throws Exception {
        List<BadgePdf.Badge> b = badges(8);
        byte[] pdf = BadgePdf.render(EVENT, b, BadgePdf.Sheet.A4_8);
        Documents.keep("badges-a4-8.pdf", pdf);
        assertEquals(1, Documents.pages(pdf).size());
        Set<String> expected = new TreeSet<>(b.stream().map(BadgePdf.Badge::qrPayload).toList());
        assertEquals(expected, qrCodes(pdf));
        String text = Documents.flat(Documents.pages(pdf));
        for (String s : List.of("Dr. Peserta Nomor 8, S.H., M.H.", "NARASUMBER", "PANITIA", "PERS", "VIP", "BKPSDM Kabupaten Agam")) {
            assertTrue(text.contains(s), s + " in: " + text);
        }
    }

    @Test
    void fourPerSheetAndA6WithTheEventLogo() throws Exception {
        byte[] four = BadgePdf.render(EVENT, badges(5), BadgePdf.Sheet.A4_4);
        Documents.keep("badges-a4-4.pdf", four);
        assertEquals(2, Documents.pages(four).size(), "5 badges, 4 per sheet");
        assertEquals(5, qrCodes(four).size());
        byte[] a6 = BadgePdf.render(new BadgePdf.Event(EVENT.organizer(), EVENT.title(), EVENT.dates(), Documents.emblem()),
                badges(1), BadgePdf.Sheet.A6);
        Documents.keep("badge-a6.pdf", a6);
        assertEquals(Set.of("SIRAKOR-TIKET:K7QM3XPAAD"), qrCodes(a6));
        assertTrue(Documents.flat(Documents.pages(a6)).contains("PESERTA"));
    }

    /** The designer's choices: the logo on every sheet, fields left out, a light band with dark letters, the one-badge preview. */
    @Test
    void designedBadgesOnEverySheetAndTheOneBadgePreview() throws Exception {
        BadgePdf.Event logo = new BadgePdf.Event(EVENT.organizer(), EVENT.title(), EVENT.dates(), Documents.emblem(), true, true, true);
        for (BadgePdf.Sheet sheet : BadgePdf.Sheet.values()) {
            int n = sheet == BadgePdf.Sheet.A6 ? 2 : sheet == BadgePdf.Sheet.A4_4 ? 4 : 8;
            byte[] pdf = BadgePdf.render(logo, badges(n), sheet);
            Documents.keep("badges-designed-" + sheet + ".pdf", pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(sheet == BadgePdf.Sheet.A6 ? 105 : 210, Math.round(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4), sheet.name());
                assertEquals(sheet == BadgePdf.Sheet.A6 ? 2 : 1, doc.getNumberOfPages(), sheet.name());
            }
            assertEquals(n, qrCodes(pdf).size(), sheet + ": every badge scans");
            String text = Documents.flat(Documents.pages(pdf));
            assertTrue(text.contains("Rabu, 10 Maret 2027") && text.contains("BKPSDM Kabupaten Agam"), text);
            byte[] one = BadgePdf.renderOne(logo, badges(4).get(3), sheet);
            Documents.keep("badge-preview-" + sheet + ".pdf", one);
            assertEquals(1, Documents.pages(one).size());
            assertEquals(Set.of("SIRAKOR-TIKET:K7QM3XPADD"), qrCodes(one));
        }
        BadgePdf.Event bare = new BadgePdf.Event(EVENT.organizer(), EVENT.title(), EVENT.dates(), null, false, false, false);
        byte[] pdf = BadgePdf.render(bare, badges(4), BadgePdf.Sheet.A4_4);
        Documents.keep("badges-bare-A4_4.pdf", pdf);
        String text = Documents.flat(Documents.pages(pdf));
        assertFalse(text.contains("BKPSDM") || text.contains("NARASUMBER") || text.contains("Maret 2027"), text);
        assertEquals(4, qrCodes(pdf).size());
        assertEquals(com.itextpdf.kernel.colors.ColorConstants.WHITE, BadgePdf.onColour("#1d5c9a"));
        assertFalse(com.itextpdf.kernel.colors.ColorConstants.WHITE.equals(BadgePdf.onColour("#ffeb3b")), "dark letters on yellow");
    }

    @Test
    void seatingPlanAndPlaceCardsCarryTheRepresentation() {
        PlanDrawing d = new PlanDrawing("Rapat Koordinasi", "teater", 200, 80, List.of(
                new PlanDrawing.Shape(10, 10, 180, 16, false, PlanDrawing.Style.STAGE, List.of("PANGGUNG")),
                new PlanDrawing.Shape(80, 40, 40, 18, false, PlanDrawing.Style.SEAT_REPRESENTED,
                        List.of("1", "Drs. Yulizar Hamdani, M.Si.", "mewakili Gubernur Sumatera Barat"))));
        byte[] plan = PlanPdf.render(d, "Bawaslu Provinsi Sumatera Barat");
        Documents.keep("seating-plan.pdf", plan);
        String text = Documents.flat(Documents.pages(plan));
        assertTrue(text.contains("DENAH TATA TEMPAT"), text);
        assertTrue(text.contains("PANGGUNG"), text);
        assertTrue(text.contains("Yulizar"), text);
        byte[] cards = PlaceCardPdf.render("Rapat Koordinasi", "Bawaslu Provinsi Sumatera Barat", List.of(
                new PlaceCardPdf.Card("Drs. Yulizar Hamdani, M.Si.", "mewakili Gubernur Sumatera Barat"),
                new PlaceCardPdf.Card("H. Syafrizal, S.E.", "Ketua DPRD Provinsi Sumatera Barat")));
        Documents.keep("place-cards.pdf", cards);
        List<String> pages = Documents.pages(cards);
        assertEquals(2, pages.size(), "one folded A5 per official");
        assertTrue(pages.get(0).contains("mewakili Gubernur Sumatera Barat"), pages.get(0));
    }
}
