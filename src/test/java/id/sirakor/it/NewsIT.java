package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.news.control.NewsExport;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The news release draft (issue 14, ADR 0094): a two-day rakor at Grand Rocky Hotel Bukittinggi
 * with a represented speaker and a point marked kutipan; the flag survives version 2 of the minutes;
 * the generated text has the dateline, the lead (unit, title, venue, dates), "yang diwakili oleh",
 * the quote with its speaker, the participants and the decisions; edits are bounded (400, nothing
 * saved) and not overwritten without asking (409); HTML escapes markup; the .docx holds the same
 * paragraphs. Access: anonymous 401, operator/minute taker/speaker 403, foreign unit 404, the unit
 * above reads but does not write.
 */
@org.junit.jupiter.api.Tag("it-flows")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class NewsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static String point(String by, String text, boolean quote) {
        return "{\"byKind\":\"SPEAKER\",\"byName\":\"" + by + "\",\"text\":\"" + text + "\",\"quote\":" + quote + "}";
    }

    static JsonObject pointOf(JsonObject minutes, long sessionId, int index) {
        return minutes.getJsonArray("sessions").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("sessionId").longValue() == sessionId).findFirst().orElseThrow()
                .getJsonArray("points").getJsonObject(index);
    }

    @Test
    void generateEditExportAndAccess() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient ri = new ApiClient(base, TestData.jdbcToken("ri.sekretariat"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient operator = new ApiClient(base, TestData.jdbcToken("operator.bkpsdm"));
        ApiClient speaker = new ApiClient(base, TestData.jdbcToken("narasumber.demo"));
        ApiClient pub = new ApiClient(base, null);

        String title = "Rapat Koordinasi Uji Berita Netralitas ASN";
        long eventId = TestData.publishedEvent(sumbar, title, "2031-09-15", 40);
        String ev = "/api/v1/events/" + eventId;
        long hall = TestData.hall(sumbar, "Grand Rocky Hotel Bukittinggi");
        var day2 = sumbar.post(ev + "/days", "{\"date\":\"2031-09-16\",\"hallId\":" + hall + ",\"start\":\"09:00:00\",\"end\":\"12:00:00\"}");
        assertEquals(200, day2.status(), day2.body());
        long day1 = AttendanceIT.day(sumbar, eventId, 0);

        // a speaker who sends a representative
        var official = sumbar.post("/api/v1/speakers", "{\"frontTitle\":\"Dr.\",\"name\":\"Budi Hartono\",\"backTitle\":\"M.Si.\","
                + "\"position\":\"Kepala Badan Kesbangpol Provinsi Sumatera Barat\",\"institutionName\":\"Pemerintah Provinsi Sumatera Barat\"}");
        assertEquals(201, official.status(), official.body());
        var rep = sumbar.post("/api/v1/speakers", "{\"name\":\"Sri Wahyuni\",\"backTitle\":\"S.Sos.\","
                + "\"position\":\"Sekretaris Badan Kesbangpol Provinsi Sumatera Barat\",\"institutionName\":\"Pemerintah Provinsi Sumatera Barat\"}");
        assertEquals(201, rep.status(), rep.body());
        long officialId = official.object().getJsonNumber("id").longValue();
        long repId = rep.object().getJsonNumber("id").longValue();
        String repName = rep.object().getString("displayName");
        var talk = sumbar.post(ev + "/sessions", "{\"dayId\":" + day1 + ",\"start\":\"10:00:00\",\"end\":\"12:00:00\",\"title\":\"Peran pemerintah"
                + " provinsi\",\"kind\":\"PAPARAN\",\"speakers\":[{\"speakerId\":" + officialId + ",\"representedById\":" + repId + "}]}");
        assertEquals(200, talk.status(), talk.body());
        long talkId = MinutesIT.sessionId(talk.object(), "Peran pemerintah provinsi");

        // two participants present
        for (String[] p : new String[][] {{"Rudi Saputra", "198805102012011021", "Bawaslu Kabupaten Agam"},
                {"Wulan Sari", "199002142014022022", "Bawaslu Kota Padang"}}) {
            AttendanceIT.add(sumbar, eventId, p[0], p[1], p[2]);
            long regId = sumbar.get(ev + "/participants?q=" + p[0].split(" ")[0]).object().getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            var mark = sumbar.post(ev + "/attendance/manual", "{\"registrationId\":" + regId + ",\"dayId\":" + day1
                    + ",\"reason\":\"Uji berita\"}");
            assertEquals(201, mark.status(), mark.body());
        }

        // minutes with a point marked kutipan
        String mpath = ev + "/minutes";
        assertEquals(201, notulis.post(mpath, "{}").status());
        String quote = "Netralitas aparatur adalah syarat pemilihan yang jujur dan adil.";
        var saved = notulis.put(mpath, "{\"chairName\":\"Drs. Yulizar Hakim, M.Si.\",\"chairPosition\":\"Ketua Bawaslu Provinsi Sumatera Barat\","
                + "\"opening\":\"Rapat dibuka pukul 09.00.\",\"summary\":\"Rakor membahas netralitas ASN.\",\"decisions\":\"1. Format laporan"
                + " bersama disusun oleh Bawaslu Provinsi.\\n2. Pemerintah daerah melapor dalam 14 hari kerja.\",\"followUps\":[],\"sessions\":["
                + "{\"sessionId\":" + talkId + ",\"summary\":\"Narasumber memaparkan peran pemerintah provinsi dalam pembinaan ASN.\",\"points\":["
                + point(repName, quote, true) + "," + point(repName, "Poin ini tidak dikutip.", false) + "]}]}");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(pointOf(saved.object(), talkId, 0).getBoolean("quote"));
        assertFalse(pointOf(saved.object(), talkId, 1).getBoolean("quote"));

        // approve version 1, open version 2: the flag is copied with the point
        assertEquals(200, sumbar.post(mpath + "/submit", "{}").status());
        assertEquals(200, notulis.post(mpath + "/sign", "{}").status());
        var approved = sumbar.post(mpath + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        var v2 = sumbar.post(mpath + "/revise", "{}");
        assertEquals(200, v2.status(), v2.body());
        assertEquals(2, v2.object().getInt("versionNo"));
        assertTrue(pointOf(v2.object(), talkId, 0).getBoolean("quote"), "kutipan survives version 2");
        assertFalse(pointOf(v2.object(), talkId, 1).getBoolean("quote"));

        // access before and at generation
        String news = ev + "/news";
        String gen = news + "/draft";
        assertEquals(401, pub.get(news).status());
        assertEquals(401, pub.post(gen, "{}").status());
        assertEquals(403, operator.get(news).status());
        assertEquals(403, speaker.get(news).status());
        assertEquals(403, notulis.post(gen, "{}").status(), "the minute taker marks quotes; the secretariat writes the news");
        assertEquals(403, notulis.get(news).status());
        assertEquals(404, balikpapan.get(news).status());
        assertEquals(404, balikpapan.post(gen, "{}").status());
        assertEquals(404, sumbar.get(news).status(), "nothing generated yet");
        assertEquals(404, sumbar.get("/api/v1/events/999999999/news").status());
        assertEquals(403, ri.post(gen, "{}").status(), "the unit above reads but does not write");

        var made = sumbar.post(gen, "{}");
        assertEquals(200, made.status(), made.body());
        JsonObject d = made.object();
        assertEquals(1, d.getInt("minutesVersion"), "the approved version is preferred over the draft version 2");
        assertEquals("APPROVED", d.getString("minutesStatus"));
        assertFalse(d.getBoolean("edited"));
        assertEquals("Bawaslu Provinsi Sumatera Barat Gelar " + title, d.getString("title"));
        String body = d.getString("body");
        List<String> paras = List.of(body.split("\n\n"));
        String lead = paras.get(0);
        assertTrue(lead.startsWith("Bukittinggi, 15 September 2031 \u2013 Bawaslu Provinsi Sumatera Barat menggelar " + title
                + " di Grand Rocky Hotel Bukittinggi, Senin\u2013Selasa (15\u201316/9/2031)."), lead);
        assertTrue(body.contains("diikuti oleh 2 peserta dari 2 instansi"), body);
        assertTrue(body.contains("Dr. Budi Hartono, M.Si., Kepala Badan Kesbangpol Provinsi Sumatera Barat, yang diwakili oleh "
                + repName + ", Sekretaris Badan Kesbangpol Provinsi Sumatera Barat"), body);
        assertTrue(body.contains("\u201CNetralitas aparatur adalah syarat pemilihan yang jujur dan adil,\u201D kata " + repName
                + ", Sekretaris Badan Kesbangpol Provinsi Sumatera Barat."), body);
        assertFalse(body.contains("Poin ini tidak dikutip"), "only kutipan points are quoted");
        assertTrue(body.contains("1. Format laporan bersama disusun oleh Bawaslu Provinsi."), body);
        assertTrue(body.contains("Narasumber memaparkan peran pemerintah provinsi dalam pembinaan ASN."), body);
        assertEquals(200, ri.get(news).status(), "staff of the unit above read");
        assertEquals(1, AttendanceIT.rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'news.generate' AND entity_id = ?", String.valueOf(eventId)));

        // edits: bounded, nothing saved on a refusal
        long version = d.getJsonNumber("version").longValue();
        var longTitle = sumbar.put(news, "{\"title\":\"" + "J".repeat(201) + "\",\"body\":\"Isi.\",\"version\":" + version + "}");
        assertEquals(400, longTitle.status(), longTitle.body());
        assertEquals("title", longTitle.object().getString("field"));
        assertTrue(longTitle.object().getString("message").contains("200"), longTitle.body());
        var longBody = sumbar.put(news, "{\"title\":\"Judul\",\"body\":\"" + "a".repeat(20_001) + "\"}");
        assertEquals(400, longBody.status());
        assertEquals("body", longBody.object().getString("field"));
        var english = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat")).language("en")
                .put(news, "{\"title\":\" \",\"body\":\"Isi.\"}");
        assertEquals(400, english.status());
        assertTrue(english.object().getString("message").contains("headline"), english.body());
        assertEquals(body, sumbar.get(news).object().getString("body"), "nothing saved");
        assertEquals(403, operator.put(news, "{\"title\":\"x\",\"body\":\"y\"}").status());
        assertEquals(404, balikpapan.put(news, "{\"title\":\"x\",\"body\":\"y\"}").status());
        assertEquals(403, ri.put(news, "{\"title\":\"x\",\"body\":\"y\"}").status());

        String edited = paras.get(0) + "\n\nPeserta <script>alert('x')</script> Rudi & \\\"Wulan\\\" hadir.\n\n" + String.join("\n\n", paras.subList(1, paras.size()));
        var put = sumbar.put(news, "{\"title\":\"Berita <b>Uji</b>\",\"body\":\"" + edited.replace("\n", "\\n") + "\",\"version\":" + version + "}");
        assertEquals(200, put.status(), put.body());
        assertTrue(put.object().getBoolean("edited"));
        var stale = sumbar.put(news, "{\"title\":\"Lama\",\"body\":\"Lama.\",\"version\":" + version + "}");
        assertEquals(409, stale.status(), "a stale version is refused");
        var noOverwrite = sumbar.post(gen, "{}");
        assertEquals(409, noOverwrite.status(), "an edited draft is not overwritten without asking");
        assertFalse(noOverwrite.object().getString("message").isBlank());
        assertEquals("Berita <b>Uji</b>", sumbar.get(news).object().getString("title"));

        // HTML: everything escaped, dateline bold
        var html = sumbar.bytes(news.replace("/news", "/news.html"));
        assertEquals(200, html.status());
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertFalse(page.contains("<script>"), "markup comes out as text");
        assertTrue(page.contains("Peserta &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Rudi &amp; &quot;Wulan&quot; hadir."), page);
        assertTrue(page.contains("<h1>Berita &lt;b&gt;Uji&lt;/b&gt;</h1>"), page);
        assertTrue(page.contains("<p><strong>Bukittinggi, 15 September 2031 \u2013</strong> Bawaslu Provinsi Sumatera Barat menggelar"), page);
        assertEquals(403, operator.bytes(news.replace("/news", "/news.html")).status());
        assertEquals(404, balikpapan.bytes(news.replace("/news", "/news.html")).status());
        assertEquals(200, ri.bytes(news.replace("/news", "/news.html")).status());

        // .docx: opens with POI, title then the same paragraphs
        var docx = sumbar.bytes(news.replace("/news", "/news.docx"));
        assertEquals(200, docx.status());
        String saved2 = sumbar.get(news).object().getString("body");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("Berita <b>Uji</b>", ps.get(0).getText());
            List<NewsExport.Paragraph> expected = NewsExport.paragraphs(saved2);
            List<XWPFParagraph> bodyParas = ps.subList(ps.size() - expected.size(), ps.size());
            for (int i = 0; i < expected.size(); i++) {
                NewsExport.Paragraph e = expected.get(i);
                String want = (e.dateline() == null ? "" : e.dateline() + " ") + String.join("\n", e.lines());
                assertEquals(want, bodyParas.get(i).getText(), "paragraph " + i);
            }
            assertTrue(bodyParas.get(0).getRuns().get(0).isBold(), "the dateline is bold");
            assertEquals("Bukittinggi, 15 September 2031 \u2013 ", bodyParas.get(0).getRuns().get(0).text());
        }
        assertEquals(403, speaker.bytes(news.replace("/news", "/news.docx")).status());

        // regenerate after asking
        var again = sumbar.post(gen + "?overwrite=true", "{}");
        assertEquals(200, again.status(), again.body());
        assertFalse(again.object().getBoolean("edited"));
        assertEquals(body, again.object().getString("body"));
    }
}
