package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.photo.control.TestJpegs;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Photo documentation (issue 14, ADR 0090) through the API: a phone JPEG with EXIF orientation 6
 * and GPS comes back upright (width and height swapped) without any EXIF or GPS bytes, its
 * DateTimeOriginal kept; PNG accepted; a text file, a 60-megapixel header, HEIC, an oversized file
 * and too many files refused with 400 and a message in the caller's language, a partial batch
 * keeps the good files; one cover per event; the public endpoint only for photos marked public of
 * a public event; private cache with ETag; who reads, uploads and curates (401/403/404).
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PhotosIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static ApiClient.FilePart file(String name, String type, byte[] bytes) {
        return new ApiClient.FilePart("file", name, type, bytes);
    }

    static BufferedImage image(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void uploadNormalizeCurateAndPublish() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient operator = new ApiClient(base, TestData.jdbcToken("operator.bkpsdm"));
        ApiClient speaker = new ApiClient(base, TestData.jdbcToken("narasumber.demo"));
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        ApiClient anonymous = new ApiClient(base, null);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Dokumentasi Foto", "2032-02-17", 40);
        JsonObject event = sumbar.get("/api/v1/events/" + eventId).object();
        String slug = event.getString("slug");
        String photos = "/api/v1/events/" + eventId + "/photos";

        // a phone photo (EXIF orientation 6, GPS, DateTimeOriginal) and a PNG in one request
        byte[] phone = TestJpegs.withExif(1200, 800, 6);
        assertTrue(TestJpegs.contains(phone, TestJpegs.GPS_MARK));
        var up = sumbar.multipart(photos, List.of(file("IMG_0001.jpg", "image/jpeg", phone), file("layar.png", "image/png", TestJpegs.png(640, 480))));
        assertEquals(201, up.status(), up.body());
        JsonArray stored = up.object().getJsonArray("photos");
        assertEquals(2, stored.size(), up.body());
        assertTrue(up.object().getJsonArray("refused").isEmpty(), up.body());
        JsonObject first = stored.getJsonObject(0);
        assertEquals(800, first.getInt("width"), "turned upright: width and height swapped");
        assertEquals(1200, first.getInt("height"));
        assertEquals("2026-03-15T03:30:00Z", first.getString("takenAt"), "DateTimeOriginal (WIB) kept as taken_at");
        assertTrue(first.getBoolean("cover"), "the first photo of an event is its cover");
        assertFalse(first.getBoolean("publicShown"), "photos are not public until someone says so");
        long p1 = id(first);
        long p2 = id(stored.getJsonObject(1));
        assertEquals(640, stored.getJsonObject(1).getInt("width"));

        // the stored file: a JPEG, upright (the left, red half on top), with no EXIF, GPS or date bytes left
        HttpResponse<byte[]> full = sumbar.raw(photos + "/" + p1);
        assertEquals(200, full.statusCode());
        assertEquals("image/jpeg", full.headers().firstValue("Content-Type").orElse(""));
        byte[] jpeg = full.body();
        assertEquals(0xFF, jpeg[0] & 0xff);
        assertEquals(0xD8, jpeg[1] & 0xff);
        assertFalse(id.sirakor.photo.control.PhotoImage.hasApp1(jpeg), "no APP1 segment");
        assertFalse(TestJpegs.contains(jpeg, "Exif".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestJpegs.contains(jpeg, TestJpegs.GPS_MARK), "no GPS coordinates");
        assertFalse(TestJpegs.contains(jpeg, "2026:03:15".getBytes(StandardCharsets.US_ASCII)));
        BufferedImage img = image(jpeg);
        assertEquals(800, img.getWidth());
        assertEquals(1200, img.getHeight());
        Color top = new Color(img.getRGB(400, 150));
        Color bottom = new Color(img.getRGB(400, 1050));
        assertTrue(top.getRed() > 150 && top.getBlue() < 100, "red on top: " + top);
        assertTrue(bottom.getBlue() > 150 && bottom.getRed() < 100, "blue below: " + bottom);
        BufferedImage thumb = image(sumbar.raw(photos + "/" + p1 + "/thumb").body());
        assertEquals(480, thumb.getHeight());
        assertEquals(320, thumb.getWidth());

        // cacheable, but only by the browser: private, ETag = the file's hash, 304 when unchanged
        String etag = full.headers().firstValue("ETag").orElseThrow();
        assertTrue(full.headers().firstValue("Cache-Control").orElse("").contains("private"), full.headers().map().toString());
        assertEquals(304, sumbar.raw(photos + "/" + p1, "If-None-Match", etag).statusCode());

        // refusals: one file alone gets 400 with its reason, in Indonesian or English
        var text = sumbar.multipart(photos, List.of(file("catatan.txt", "image/jpeg", "ini bukan foto".getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, text.status(), text.body());
        assertEquals("photo.notAnImage", text.object().getString("error"));
        assertTrue(text.object().getString("message").contains("bukan foto"), text.body());
        var huge = sumbar.multipart(photos, List.of(file("panorama.jpg", "image/jpeg", TestJpegs.hugeHeader(10000, 6000))));
        assertEquals(400, huge.status(), huge.body());
        assertEquals("photo.tooManyPixels", huge.object().getString("error"));
        assertTrue(huge.object().getString("message").contains("megapiksel"), huge.body());
        var hugeEn = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat")).language("en")
                .multipart(photos, List.of(file("panorama.jpg", "image/jpeg", TestJpegs.hugeHeader(10000, 6000))));
        assertTrue(hugeEn.object().getString("message").contains("megapixels"), hugeEn.body());
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        var heicReply = sumbar.multipart(photos, List.of(file("IMG_0002.HEIC", "image/heic", heic)));
        assertEquals(400, heicReply.status());
        assertEquals("photo.heic", heicReply.object().getString("error"));
        byte[] big = new byte[16 * 1024 * 1024];
        System.arraycopy(TestJpegs.withExif(40, 30, 1), 0, big, 0, 200);
        var tooBig = sumbar.multipart(photos, List.of(file("besar.jpg", "image/jpeg", big)));
        assertEquals(400, tooBig.status(), tooBig.body());
        assertEquals("photo.tooLarge", tooBig.object().getString("error"));
        assertTrue(tooBig.object().getString("message").contains("15 MB"), tooBig.body());
        List<ApiClient.FilePart> many = new ArrayList<>();
        byte[] small = TestJpegs.png(20, 20);
        for (int i = 0; i < 21; i++) {
            many.add(file("f" + i + ".png", "image/png", small));
        }
        var tooMany = sumbar.multipart(photos, many);
        assertEquals(400, tooMany.status());
        assertEquals("photo.tooManyInRequest", tooMany.object().getString("error"));
        assertEquals(2, sumbar.get(photos).array().size(), "nothing stored by the refused requests");

        // a partial batch keeps the good file and says which were refused and why
        var mixed = sumbar.multipart(photos, List.of(file("catatan.txt", "text/plain", "teks".getBytes(StandardCharsets.UTF_8)),
                file("diskusi.png", "image/png", TestJpegs.png(300, 200)), file("panorama.jpg", "image/jpeg", TestJpegs.hugeHeader(10000, 6000))));
        assertEquals(201, mixed.status(), mixed.body());
        assertEquals(1, mixed.object().getJsonArray("photos").size());
        JsonArray refused = mixed.object().getJsonArray("refused");
        assertEquals(2, refused.size());
        assertEquals("catatan.txt", refused.getJsonObject(0).getString("file"));
        assertEquals("photo.notAnImage", refused.getJsonObject(0).getString("error"));
        assertTrue(refused.getJsonObject(1).getString("message").startsWith("panorama.jpg: "), mixed.body());
        long p3 = id(mixed.object().getJsonArray("photos").getJsonObject(0));
        assertEquals(3, sumbar.get(photos).array().size());

        // caption, session, public; a caption too long is refused on its field
        long session = MinutesIT.sessionId(event, "Pembukaan");
        var edit = sumbar.put(photos + "/" + p2, "{\"caption\":\"Paparan narasumber pada sesi pembukaan\",\"sessionId\":" + session + ",\"publicShown\":true}");
        assertEquals(200, edit.status(), edit.body());
        assertEquals(session, edit.object().getJsonNumber("sessionId").longValue());
        var longCaption = sumbar.put(photos + "/" + p2, "{\"caption\":\"" + "a".repeat(301) + "\"}");
        assertEquals(400, longCaption.status());
        assertEquals("caption", longCaption.object().getString("field"));
        assertEquals(400, sumbar.put(photos + "/" + p2, "{\"sessionId\":999999999}").status());

        // exactly one cover
        assertEquals(204, sumbar.post(photos + "/" + p2 + "/cover", "").status());
        JsonArray list = sumbar.get(photos).array();
        assertEquals(1, list.stream().filter(v -> v.asJsonObject().getBoolean("cover")).count(), list.toString());
        assertEquals(p2, id(list.getJsonObject(0)), "the cover comes first");
        assertEquals(204, sumbar.post(photos + "/" + p3 + "/cover", "").status());
        list = sumbar.get(photos).array();
        assertEquals(1, list.stream().filter(v -> v.asJsonObject().getBoolean("cover")).count(), list.toString());
        assertEquals(p3, id(list.getJsonObject(0)));

        // order: p3 moves up before p2
        assertEquals(400, sumbar.post(photos + "/" + p3 + "/move", "{\"direction\":\"SIDEWAYS\"}").status());
        assertEquals(204, sumbar.post(photos + "/" + p3 + "/move", "{\"direction\":\"UP\"}").status());
        list = sumbar.get(photos).array();
        int seq2 = list.stream().filter(v -> id(v.asJsonObject()) == p2).findFirst().orElseThrow().asJsonObject().getInt("seq");
        int seq3 = list.stream().filter(v -> id(v.asJsonObject()) == p3).findFirst().orElseThrow().asJsonObject().getInt("seq");
        assertTrue(seq3 < seq2, list.toString());

        // the public gallery: only photos marked public, of a public event, without login
        String pub = "/api/v1/public/events/" + slug + "/photos";
        assertEquals(404, anonymous.bytes(pub + "/" + p1).status(), "not marked public");
        assertEquals(404, anonymous.bytes(pub + "/" + p1 + "/thumb").status());
        var shown = anonymous.bytes(pub + "/" + p2);
        assertEquals(200, shown.status());
        assertEquals("image/jpeg", shown.contentType());
        assertEquals(200, anonymous.bytes(pub + "/" + p2 + "/thumb").status());
        JsonArray gallery = anonymous.get(pub).array();
        assertEquals(1, gallery.size(), gallery.toString());
        assertEquals("Paparan narasumber pada sesi pembukaan", gallery.getJsonObject(0).getString("caption"));
        String page = anonymous.getAny("/event.xhtml?e=" + slug).body();
        assertTrue(page.contains("pe-photos") && page.contains("Paparan narasumber pada sesi pembukaan"), "the public page shows the gallery");
        assertFalse(page.contains("/photos/" + p1), "a photo not marked public is not on the public page");

        // a draft event's photos are never public
        var draft = sumbar.post("/api/v1/events", "{\"type\":\"RAKOR\",\"title\":\"Rakor Uji Foto Draf\",\"capacity\":10}");
        assertEquals(201, draft.status(), draft.body());
        long draftId = id(draft.object());
        String draftSlug = draft.object().getString("slug");
        var draftUp = sumbar.multipart("/api/v1/events/" + draftId + "/photos", List.of(file("a.png", "image/png", TestJpegs.png(100, 80))));
        assertEquals(201, draftUp.status(), draftUp.body());
        long dp = id(draftUp.object().getJsonArray("photos").getJsonObject(0));
        assertEquals(200, sumbar.put("/api/v1/events/" + draftId + "/photos/" + dp, "{\"publicShown\":true}").status());
        assertEquals(404, anonymous.bytes("/api/v1/public/events/" + draftSlug + "/photos/" + dp).status(), "draft event");
        assertEquals(404, anonymous.get("/api/v1/public/events/" + draftSlug + "/photos").status());
        assertEquals(404, anonymous.bytes("/api/v1/public/events/" + slug + "/photos/" + dp).status(), "another event's photo");

        // who: anonymous 401, another unit 404, operator and speaker 403; the minute taker reads and uploads, but does not curate
        assertEquals(401, anonymous.get(photos).status());
        assertEquals(401, anonymous.bytes(photos + "/" + p1).status());
        assertEquals(404, balikpapan.get(photos).status());
        assertEquals(404, balikpapan.bytes(photos + "/" + p1).status());
        assertEquals(404, balikpapan.multipart(photos, List.of(file("x.png", "image/png", small))).status());
        assertEquals(403, operator.get(photos).status());
        assertEquals(403, operator.bytes(photos + "/" + p1).status());
        assertEquals(403, speaker.get(photos).status());
        assertEquals(403, speaker.multipart(photos, List.of(file("x.png", "image/png", small))).status());
        assertEquals(200, notulis.get(photos).status());
        assertEquals(200, notulis.bytes(photos + "/" + p1 + "/thumb").status());
        var byTaker = notulis.multipart(photos, List.of(file("notulis.png", "image/png", small)));
        assertEquals(201, byTaker.status(), byTaker.body());
        long p4 = id(byTaker.object().getJsonArray("photos").getJsonObject(0));
        assertEquals(403, notulis.put(photos + "/" + p4, "{\"caption\":\"x\"}").status());
        assertEquals(403, notulis.post(photos + "/" + p4 + "/cover", "").status());
        assertEquals(403, notulis.delete(photos + "/" + p4).status());
        assertEquals(404, sumbar.bytes("/api/v1/events/" + draftId + "/photos/" + p1).status(), "a photo under another event's id");
        assertEquals(200, admin.get(photos).status());

        // delete (audited); deleting the cover passes it on
        assertEquals(204, sumbar.delete(photos + "/" + p3).status());
        list = sumbar.get(photos).array();
        assertEquals(3, list.size());
        assertEquals(1, list.stream().filter(v -> v.asJsonObject().getBoolean("cover")).count(), list.toString());
        assertEquals(404, sumbar.bytes(photos + "/" + p3).status());
        List<String> actions = new ArrayList<>();
        try (var c = TestData.db(); var st = c.prepareStatement("select action from audit_entry where entity_type = 'Event' and entity_id = ? order by seq")) {
            st.setString(1, String.valueOf(eventId));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        assertEquals(4, actions.stream().filter("photo.add"::equals).count(), actions.toString());
        assertTrue(actions.containsAll(List.of("photo.update", "photo.cover", "photo.move", "photo.delete")), actions.toString());
        assertArrayEquals(jpeg, sumbar.raw(photos + "/" + p1).body(), "the stored photo never changes under its key");
    }
}
