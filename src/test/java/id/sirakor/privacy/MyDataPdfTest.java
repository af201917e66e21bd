package id.sirakor.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.privacy.control.MyDataPdf;
import id.sirakor.privacy.control.PrivacyService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MyDataPdfTest {

    @Test
    void thePdfHasTheIndonesianHeadingsAndTheMaskedNik() throws Exception {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "Rahmawati");
        person.put("frontTitle", null);
        person.put("backTitle", "S.E.");
        person.put("position", "Lurah");
        person.put("idKind", "NIK");
        person.put("nikMasked", "1375\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220003");
        person.put("phone", "+6281266554433");
        person.put("email", "rahma@contoh.id");
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("version", "2026-11");
        consent.put("at", "2026-11-30T01:00:00Z");
        consent.put("text", "Saya menyetujui pemrosesan data pribadi saya.");
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("event", "Rakor Uji");
        reg.put("eventDays", List.of("2034-03-07"));
        reg.put("institution", "Kelurahan Uji");
        reg.put("status", "CONFIRMED");
        reg.put("source", "ONLINE");
        reg.put("registeredAt", "2026-11-30T01:00:00Z");
        reg.put("ticketCode", "ABCD1234");
        reg.put("consent", consent);
        reg.put("attendance", List.of(Map.of("day", "2034-03-07", "checkedInAt", "2034-03-07 08:00", "method", "QR", "signed", "ya")));
        reg.put("declarations", List.of());
        reg.put("certificates", List.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generatedAt", "2026-11-30T01:00:00Z");
        data.put("person", person);
        data.put("registrations", List.of(reg));
        data.put("mails", List.of());
        byte[] pdf = MyDataPdf.render(data);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        for (String s : List.of("DATA PRIBADI SAYA", "Identitas", "Rahmawati", "NIK (disamarkan)", "Pendaftaran: Rakor Uji",
                "Kehadiran (daftar hadir)", "Pernyataan", "Sertifikat", "Surel yang dikirim kepada Anda", "Tidak ada.", "Halaman 1 dari")) {
            assertTrue(text.contains(s), s + " in:\n" + text);
        }
        assertTrue(text.contains("0003"));
    }

    @Test
    void thePseudonymIsStablePerPersonAndSaysNothingOfThem() {
        String a = PrivacyService.pseudonym("a".repeat(64));
        assertEquals(a, PrivacyService.pseudonym("a".repeat(64)));
        assertNotEquals(a, PrivacyService.pseudonym("b".repeat(64)));
        assertTrue(a.matches("Peserta terhapus #[0-9A-F]{8}"), a);
        assertFalse(a.contains("aaaa"));
    }
}
