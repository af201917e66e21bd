package id.sirakor.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class TicketPdfTest {

    private static final int DPI = 300;
    private static final String PAYLOAD = "https://sirakor.example.id/p/checkin/7QK2-M9XD-4TPA?v=1";

    static Ticket ticket() {
        return new Ticket(
                "Bawaslu Provinsi Sumatera Barat",
                "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN",
                List.of("Rabu, 10 Maret 2027 \u2022 09.00\u201316.00 WIB",
                        "Kamis, 11 Maret 2027 \u2022 08.30\u201312.00 WIB"),
                List.of("Grand Rocky Hotel Bukittinggi", "Kota Bukittinggi, Sumatera Barat"),
                "Drs. Hendra Gunawan, M.Si.",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam",
                "Terdaftar \u2013 Peserta",
                "7QK2-M9XD",
                PAYLOAD,
                "Tunjukkan kode QR ini di meja registrasi.");
    }

    @Test
    void qrCodeOnThePrintedTicketScansToThePayload() throws Exception {
        byte[] pdf = TicketPdf.render(ticket());
        Documents.keep("e-tiket.pdf", pdf);

        Scan scan = scan(pdf);
        assertEquals(PAYLOAD, scan.result().getText());
        assertEquals("M", scan.result().getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
        assertTrue(scan.widthCm() >= 4.4, "QR code is " + scan.widthCm() + " cm wide");
    }

    @Test
    void ticketReadsBackWithCodeNameAndEvent() {
        byte[] pdf = TicketPdf.render(ticket());
        String text = Documents.flat(Documents.pages(pdf));
        for (String expected : List.of("E-TIKET PESERTA", "Bawaslu Provinsi Sumatera Barat",
                "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN",
                "Rabu, 10 Maret 2027 \u2022 09.00\u201316.00 WIB", "Kamis, 11 Maret 2027",
                "Grand Rocky Hotel Bukittinggi", "Drs. Hendra Gunawan, M.Si.",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam",
                "Terdaftar \u2013 Peserta", "7QK2-M9XD")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
        }
        Documents.Run code = Documents.runs(pdf).stream().filter(r -> r.text().contains("7QK2")).findFirst()
                .orElseThrow();
        assertTrue(code.text().contains("7QK2-M9XD"), "the code is printed as one run: " + code.text());
    }

    @Test
    void longTitlesAndThreeDaysStillMakeOnePage() throws Exception {
        Ticket t = ticket();
        Ticket longOne = new Ticket("Badan Pengawas Pemilihan Umum Kabupaten Lima Puluh Kota",
                "Rapat Koordinasi Nasional Evaluasi Pengawasan Netralitas Aparatur Sipil Negara, Anggota TNI, dan "
                + "Anggota Polri pada Pemilihan Gubernur, Bupati, dan Wali Kota Serentak Tahun 2027",
                List.of("Senin, 8 Maret 2027 \u2022 13.00\u201321.00 WIB", "Selasa, 9 Maret 2027 \u2022 08.00\u201321.00 WIB",
                        "Rabu, 10 Maret 2027 \u2022 08.00\u201312.00 WIB"),
                List.of("Grand Rocky Hotel Bukittinggi", "Jalan Yos Sudarso, Kota Bukittinggi, Sumatera Barat"),
                "Prof. Dr. Ir. Muhammad Fadhillah Rahmatullah Harahap, S.H., M.Kn., M.Si.",
                "Badan Kesatuan Bangsa dan Politik Provinsi Sumatera Barat, Bidang Ketahanan Ekonomi, Sosial, "
                + "Budaya, Agama, dan Organisasi Kemasyarakatan",
                "Daftar tunggu \u2013 urutan 12", "7QK2-M9XD-4TPA", t.qrPayload() + "&ref=rakornas-2027-sumbar",
                "Tunjukkan kode QR ini di meja registrasi. Kartu identitas dibawa.");
        byte[] pdf = TicketPdf.render(longOne);
        Documents.keep("e-tiket-panjang.pdf", pdf);
        Scan scan = scan(pdf);
        assertEquals(longOne.qrPayload(), scan.result().getText());
        assertTrue(scan.widthCm() >= 4.0, "QR code is " + scan.widthCm() + " cm wide");
        String text = Documents.flat(Documents.pages(pdf));
        assertTrue(text.contains("7QK2-M9XD-4TPA"), text);
        assertTrue(text.contains("Daftar tunggu \u2013 urutan 12"), text);
    }

    record Scan(Result result, double widthCm) {
    }

    /**
     * Renders the one page at 300 dpi as a printer would and decodes the QR code with ZXing; the
     * printed width is measured edge to edge along the row through the top finder patterns.
     */
    private static Scan scan(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "a ticket is one page");
            page = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        Result result = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        ResultPoint topLeft = result.getResultPoints()[1];
        ResultPoint topRight = result.getResultPoints()[2];
        int y = Math.round(topLeft.getY());
        int left = outermostDark(page, Math.round(topLeft.getX()), y, -1);
        int right = outermostDark(page, Math.round(topRight.getX()), y, +1);
        return new Scan(result, (right - left + 1) / (double) DPI * 2.54);
    }

    /** From a finder pattern's centre, walks outwards to the last dark pixel before a light stretch. */
    private static int outermostDark(BufferedImage img, int x, int y, int step) {
        int lastDark = x;
        int light = 0;
        for (int i = x; i >= 0 && i < img.getWidth() && light < 40; i += step) {
            if ((img.getRGB(i, y) & 0xff) < 128) {
                lastDark = i;
                light = 0;
            } else {
                light++;
            }
        }
        return lastDark;
    }
}
