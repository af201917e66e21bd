package id.sirakor.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import id.sirakor.platform.time.IndonesianTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfficialLetterPdfTest {

    static final Letterhead BAWASLU_SUMBAR = new Letterhead(Documents.emblem(),
            List.of("Badan Pengawas Pemilihan Umum", "Provinsi Sumatera Barat"),
            "Jalan Pramuka Raya, Kota Padang, Sumatera Barat",
            "Telepon (0751) 000000 \u2022 Laman sumbar.bawaslu.go.id");

    static final String PATTERN = "{seq}/PM.00.02/K.SB/{month-roman}/{year}";
    static final LocalDate LETTER_DATE = LocalDate.of(2027, 3, 1);
    static final LocalDate EVENT_DAY = LocalDate.of(2027, 3, 10);

    static OfficialLetter invitation(List<String> opening, List<String> copies, OfficialLetter.Signatory signer) {
        Instant start = Instant.parse("2027-03-10T02:00:00Z");
        Instant end = Instant.parse("2027-03-10T09:00:00Z");
        return new OfficialLetter(
                BAWASLU_SUMBAR,
                "Bawaslu Provinsi Sumatera Barat",
                "Padang",
                LETTER_DATE,
                LetterNumbers.format(PATTERN, 7, LETTER_DATE, null),
                "Biasa",
                "-",
                "Undangan Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN",
                List.of("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam"),
                null,
                opening,
                List.of(
                        new LabeledValue("Hari/Tanggal", IndonesianTime.date(EVENT_DAY, IndonesianTime.ID)),
                        new LabeledValue("Waktu", IndonesianTime.timeRange(start, end, IndonesianTime.WIB, IndonesianTime.ID)),
                        new LabeledValue("Tempat", "Grand Rocky Hotel Bukittinggi\nKota Bukittinggi, Sumatera Barat"),
                        new LabeledValue("Acara", "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN")),
                List.of("Mengingat pentingnya kegiatan tersebut, kami mengharapkan kehadiran Bapak/Ibu tepat pada "
                        + "waktunya. Konfirmasi kehadiran dapat disampaikan melalui laman pendaftaran kegiatan paling "
                        + "lambat Jumat, 5 Maret 2027.",
                        "Demikian undangan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan "
                        + "terima kasih."),
                signer,
                copies);
    }

    static final List<String> OPENING = List.of(
            "Dalam rangka meningkatkan efektivitas pengawasan netralitas Aparatur Sipil Negara (ASN) pada "
            + "penyelenggaraan Pemilihan Gubernur, Bupati, dan Wali Kota, Badan Pengawas Pemilihan Umum Provinsi "
            + "Sumatera Barat akan menyelenggarakan Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN. Sehubungan "
            + "dengan hal tersebut, kami mengundang Bapak/Ibu untuk hadir pada kegiatan dimaksud yang akan "
            + "dilaksanakan pada:");

    static final OfficialLetter.Signatory CHAIR = new OfficialLetter.Signatory(
            List.of("Ketua Badan Pengawas Pemilihan Umum", "Provinsi Sumatera Barat,"),
            "Dr. Andi Saputra, S.H., M.H.", null);

    @Test
    void invitationLetterCarriesWhatTheAddresseeNeeds() {
        byte[] pdf = OfficialLetterPdf.render(invitation(OPENING, List.of(
                "Ketua Badan Pengawas Pemilihan Umum Republik Indonesia di Jakarta",
                "Bupati Agam di Lubuk Basung"), CHAIR));
        Documents.keep("surat-undangan.pdf", pdf);

        List<String> pages = Documents.pages(pdf);
        assertEquals(1, pages.size(), "a short invitation fits on one page");
        String text = Documents.flat(pages);
        for (String expected : List.of(
                "BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA BARAT",
                "Telepon (0751) 000000 \u2022 Laman sumbar.bawaslu.go.id",
                "7/PM.00.02/K.SB/III/2027", "Padang, 1 Maret 2027",
                "Sifat", "Biasa", "Lampiran", "Hal",
                "Undangan Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN",
                "Yth. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam",
                "di Tempat",
                "Hari/Tanggal", "Rabu, 10 Maret 2027", "Waktu", "09.00\u201316.00 WIB",
                "Tempat", "Grand Rocky Hotel Bukittinggi", "Acara",
                "kami ucapkan terima kasih.",
                "Ketua Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat,",
                "Dr. Andi Saputra, S.H., M.H.",
                "Tembusan:", "1. Yth. Ketua Badan Pengawas Pemilihan Umum Republik Indonesia di Jakarta;",
                "2. Yth. Bupati Agam di Lubuk Basung.")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
        }
        assertFalse(text.contains("NIP"), "a commissioner is no civil servant: no NIP line");
    }

    @Test
    void colonsStandInOneColumnPerBlockAndTheSignerAtTheRight() {
        byte[] pdf = OfficialLetterPdf.render(invitation(OPENING, List.of("Bupati Agam di Lubuk Basung"), CHAIR));
        List<Documents.Run> runs = Documents.runs(pdf);

        // The standalone ":" runs: four of the Nomor block, four of the details table.
        Map<Float, Long> columns = runs.stream().filter(r -> r.text().equals(":"))
                .collect(Collectors.groupingBy(r -> Math.round(r.x() * 10) / 10f, TreeMap::new, Collectors.counting()));
        assertEquals(2, columns.size(), "two colon columns, got " + columns);
        assertTrue(columns.values().stream().allMatch(n -> n == 4), "four colons in each column: " + columns);

        float pageWidth = 595f;
        Documents.Run name = runs.stream().filter(r -> r.text().contains("Andi Saputra")).findFirst().orElseThrow();
        assertTrue(name.x() > pageWidth / 2, "signature block at the right, name at x=" + name.x());
        Documents.Run date = runs.stream().filter(r -> r.text().contains("1 Maret 2027")).findFirst().orElseThrow();
        Documents.Run number = runs.stream().filter(r -> r.text().contains("PM.00.02")).findFirst().orElseThrow();
        assertEquals(number.y(), date.y(), 0.5, "place and date on the Nomor line");
        assertTrue(date.x() > pageWidth / 2, "place and date at the right");
    }

    @Test
    void longLetterFlowsToASecondNumberedPageWithTheSignature() throws IOException {
        List<String> opening = new ArrayList<>(OPENING);
        opening.add(0, "Berdasarkan Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Wali "
                + "Kota, Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara, serta Peraturan Badan "
                + "Pengawas Pemilihan Umum tentang Pengawasan Netralitas Pegawai Aparatur Sipil Negara, anggota "
                + "Tentara Nasional Indonesia, dan anggota Kepolisian Negara Republik Indonesia, pengawasan "
                + "netralitas ASN merupakan bagian dari tugas pengawasan penyelenggaraan pemilihan.");
        opening.add(1, "Hasil pengawasan pada penyelenggaraan pemilihan sebelumnya menunjukkan bahwa pelanggaran "
                + "netralitas ASN masih terjadi, antara lain keterlibatan dalam kegiatan kampanye, unggahan dukungan "
                + "di media sosial, serta penggunaan fasilitas jabatan. Oleh karena itu diperlukan evaluasi bersama "
                + "antara pengawas pemilihan dan instansi pembina kepegawaian di daerah.");
        List<String> copies = new ArrayList<>();
        copies.add("Ketua Badan Pengawas Pemilihan Umum Republik Indonesia di Jakarta");
        copies.add("Gubernur Sumatera Barat di Padang");
        for (String regency : List.of("Agam", "Pasaman", "Pasaman Barat", "Lima Puluh Kota", "Tanah Datar",
                "Padang Pariaman", "Solok", "Sijunjung", "Dharmasraya", "Pesisir Selatan")) {
            copies.add("Ketua Bawaslu Kabupaten " + regency);
        }
        OfficialLetter.Signatory secretary = new OfficialLetter.Signatory(
                List.of("a.n. Ketua Badan Pengawas Pemilihan Umum", "Provinsi Sumatera Barat", "Kepala Sekretariat,"),
                "Rahmawati Siregar, S.E., M.M.", "19790315 200212 2 004");

        byte[] pdf = OfficialLetterPdf.render(invitation(opening, copies, secretary));
        Documents.keep("surat-undangan-dua-halaman.pdf", pdf);

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertEquals(2, doc.getNumberOfPages());
            assertEquals("Bawaslu Provinsi Sumatera Barat", doc.getDocumentInfo().getAuthor());
            assertEquals("Sirakor", doc.getDocumentInfo().getCreator());
            assertEquals("Undangan Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN \u2013 7/PM.00.02/K.SB/III/2027",
                    doc.getDocumentInfo().getTitle());
        }
        List<String> pages = Documents.pages(pdf);
        String text = Documents.flat(pages);
        assertTrue(text.contains("Rahmawati Siregar, S.E., M.M."), text);
        assertTrue(text.contains("NIP. 19790315 200212 2 004"), text);
        assertTrue(text.contains("12. Yth. Ketua Bawaslu Kabupaten Pesisir Selatan."), text);
        assertTrue(pages.get(1).contains("- 2 -"), "second page is numbered: " + pages.get(1));
        assertFalse(pages.get(0).contains("- 1 -"), "the first page carries no number");
        assertFalse(pages.get(1).contains("BADAN PENGAWAS PEMILIHAN UMUM"), "the letterhead is on the first page only");
    }
}
