package id.sirakor.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.news.control.NewsExport;
import id.sirakor.news.control.NewsText;
import id.sirakor.news.control.NewsWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Indonesian dateline, day and date forms of the news release draft, the template fill and the HTML escaping. */
class NewsTextTest {

    @Test
    void datelineHasTheCityTheIndonesianMonthAndTheDash() {
        assertEquals("Bukittinggi, 15 Maret 2023 \u2013", NewsText.dateline("Bukittinggi", LocalDate.of(2023, 3, 15)));
        assertEquals("Balikpapan, 2 September 2024 \u2013", NewsText.dateline("Balikpapan", LocalDate.of(2024, 9, 2)));
        assertEquals("1 Januari 2025 \u2013", NewsText.dateline(null, LocalDate.of(2025, 1, 1)));
        assertEquals("31 Desember 2024", NewsText.longDate(LocalDate.of(2024, 12, 31)));
        assertEquals("24 Mei 2023", NewsText.longDate(LocalDate.of(2023, 5, 24)));
    }

    @Test
    void dayAndDateInTheSeedsForm() {
        assertEquals("Senin (2/9/2024)", NewsText.when(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 2)));
        assertEquals("Rabu\u2013Kamis (15\u201316/3/2023)", NewsText.when(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 16)));
        assertEquals("Senin\u2013Selasa (30/9\u20131/10/2024)", NewsText.when(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 1)));
        assertEquals("Selasa\u2013Rabu (31/12/2024\u20131/1/2025)", NewsText.when(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)));
        assertEquals("Minggu (5/1/2025)", NewsText.when(LocalDate.of(2025, 1, 5), null));
        assertEquals("Jumat", NewsText.dayName(LocalDate.of(2024, 10, 18)));
    }

    @Test
    void cityOfARegionName() {
        assertEquals("Bukittinggi", NewsText.city("Kota Bukittinggi"));
        assertEquals("Banjarnegara", NewsText.city("Kabupaten Banjarnegara"));
        assertEquals("Jakarta Pusat", NewsText.city("Kota Administrasi Jakarta Pusat"));
        assertEquals("Padang", NewsText.city("Padang"));
        assertNull(NewsText.city(" "));
    }

    @Test
    void quotesListsAndPersons() {
        assertEquals("\u201CASN boleh memilih, tetapi tidak boleh berkampanye,\u201D kata Dr. Rahmad Baskara, Ketua Bawaslu RI.",
                NewsText.quote("\"ASN boleh memilih, tetapi tidak boleh berkampanye.\"", "kata", "Dr. Rahmad Baskara, Ketua Bawaslu RI"));
        assertEquals("\u201CSiapkah kita?\u201D ujar Ani.", NewsText.quote("Siapkah kita?", "ujar", "Ani"));
        assertEquals("A, B, dan C", NewsText.join(List.of("A", "B", "C")));
        assertEquals("A dan B", NewsText.join(List.of("A", "", "B")));
        assertEquals("Dr. Rina Oktaviani, S.IP., M.A., Dosen Ilmu Politik Universitas Andalas",
                NewsText.person("Dr. Rina Oktaviani, S.IP., M.A.", "Dosen Ilmu Politik", "Universitas Andalas"));
        assertEquals("Ahmad Fauzan, S.Pd., Ketua Bawaslu Kota Balikpapan",
                NewsText.person("Ahmad Fauzan, S.Pd.", "Ketua Bawaslu Kota Balikpapan", "Bawaslu Kota Balikpapan"));
        assertEquals("Drs. Sutrisno Wibowo, M.Si., Direktur Jenderal Politik dan Pemerintahan Umum Kementerian Dalam Negeri",
                NewsText.person("Drs. Sutrisno Wibowo, M.Si.", "Direktur Jenderal Politik dan Pemerintahan Umum", "Kementerian Dalam Negeri"));
        assertEquals("Dr. Hendra Gunawan, M.Si., Kepala Badan Kesbangpol Provinsi Sumatera Barat",
                NewsText.person("Dr. Hendra Gunawan, M.Si.", "Kepala Badan Kesbangpol Provinsi Sumatera Barat", "Pemerintah Provinsi Sumatera Barat"));
        assertEquals("Eko Kurniadi, Universitas Andalas", NewsText.person("Eko Kurniadi", null, "Universitas Andalas"));
        assertEquals(List.of("Satu", "Dua"), NewsText.items("1. Satu\n\n2) Dua"));
        assertEquals("dua", NewsText.count(2));
    }

    static NewsWriter.Facts facts(String title) {
        NewsWriter.Person official = new NewsWriter.Person("Tri Hartono Widiarto, S.H.", "Pj Bupati Banjarnegara", null);
        NewsWriter.Person rep = new NewsWriter.Person("Teguh Sumarno, S.Sos.", "Kepala Bakesbangpol Kabupaten Banjarnegara", null);
        NewsWriter.Person opener = new NewsWriter.Person("Sardi Wiratmo, M.M., M.H.", "Ketua Bawaslu Kabupaten Banjarnegara", null);
        return new NewsWriter.Facts("Badan Pengawas Pemilihan Umum Kabupaten Banjarnegara", "Bawaslu Kabupaten Banjarnegara",
                "rapat koordinasi (Rakor)", "rakor", title, "Netralitas ASN, TNI dan Polri", "Hotel Central Banjarnegara", "Banjarnegara",
                LocalDate.of(2023, 5, 24), LocalDate.of(2023, 5, 24), List.of(new NewsWriter.Slot(opener, null)), null,
                List.of(new NewsWriter.Quote("Bawaslu memastikan seluruh ASN mampu netral.", opener)),
                List.of(new NewsWriter.Talk("Peran pemerintah daerah", List.of(new NewsWriter.Slot(official, rep)),
                        "Narasumber menyampaikan peran OPD.", List.of(new NewsWriter.Quote("Pimpinan OPD menjadi teladan.", rep)))),
                42, 9, List.of("Kecamatan", "Organisasi Perangkat Daerah (OPD)"), null, List.of("1. Laporan tindak lanjut paling lambat 14 hari."),
                List.of(), List.of());
    }

    @Test
    void theTemplateFillReadsLikeTheSeeds() {
        NewsWriter.Article a = NewsWriter.write(facts("Rapat Koordinasi bersama OPD"));
        assertEquals("Bawaslu Kabupaten Banjarnegara Gelar Rapat Koordinasi bersama OPD", a.title());
        String lead = a.paragraphs().get(0);
        assertTrue(lead.startsWith("Banjarnegara, 24 Mei 2023 \u2013 Bawaslu Kabupaten Banjarnegara menggelar Rapat Koordinasi bersama OPD"
                + " di Hotel Central Banjarnegara, Rabu (24/5/2023)."), lead);
        assertTrue(lead.contains("tema \u201CNetralitas ASN, TNI dan Polri\u201D"), lead);
        String body = a.body();
        assertTrue(body.contains("Rakor tersebut diikuti oleh 42 peserta dari 9 instansi, di antaranya Kecamatan dan Organisasi Perangkat Daerah (OPD)."), body);
        assertTrue(body.contains("Rakor dibuka oleh Sardi Wiratmo, M.M., M.H., Ketua Bawaslu Kabupaten Banjarnegara."), body);
        assertTrue(body.contains("Tri Hartono Widiarto, S.H., Pj Bupati Banjarnegara, yang diwakili oleh Teguh Sumarno, S.Sos., Kepala Bakesbangpol"), body);
        assertTrue(body.contains("\u201CBawaslu memastikan seluruh ASN mampu netral,\u201D kata Sardi Wiratmo, M.M., M.H., Ketua Bawaslu Kabupaten Banjarnegara dalam sambutannya."), body);
        assertTrue(body.contains("\u201CPimpinan OPD menjadi teladan,\u201D ujar Teguh Sumarno, S.Sos., Kepala Bakesbangpol Kabupaten Banjarnegara."), body);
        assertTrue(body.contains("1. Laporan tindak lanjut paling lambat 14 hari."), body);
        assertTrue(a.paragraphs().get(a.paragraphs().size() - 1).startsWith("Demikian informasi"), body);
    }

    @Test
    void aTitleThatIsNotAMeetingNameGetsTheTypeAndIsBounded() {
        NewsWriter.Article a = NewsWriter.write(facts("Netralitas ASN"));
        assertEquals("Bawaslu Kabupaten Banjarnegara Gelar Rakor Netralitas ASN", a.title());
        assertTrue(a.paragraphs().get(0).contains("menggelar rapat koordinasi (Rakor) bertajuk \u201CNetralitas ASN\u201D"));
        assertTrue(NewsWriter.write(facts("Rapat Koordinasi Netralitas di Sumatera Barat")).paragraphs().get(0)
                .contains("di Sumatera Barat bertempat di Hotel Central Banjarnegara"));
        NewsWriter.Article longOne = NewsWriter.write(facts("Rapat " + "x".repeat(400)));
        assertTrue(longOne.title().length() <= 200);
    }

    @Test
    void htmlEscapesEverythingAndBoldsTheDateline() {
        String html = NewsExport.articleHtml("<b>Judul</b>", "Padang, 1 Mei 2024 \u2013 Kata <script>alert(1)</script> & \"x\".\n\nBaris 1\nBaris 2",
                null, null);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), html);
        assertTrue(html.contains("<h1>&lt;b&gt;Judul&lt;/b&gt;</h1>"), html);
        assertTrue(html.contains("<p><strong>Padang, 1 Mei 2024 \u2013</strong> Kata"), html);
        assertTrue(html.contains("<p>Baris 1<br>\nBaris 2</p>"), html);
        assertEquals(2, NewsExport.paragraphs("a\n\n\n b \n\n").size());
    }
}
