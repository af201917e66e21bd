package id.sirakor.photo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.error.BusinessException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Normalizing a photo (ADR 0090): upright by EXIF orientation, no metadata left, bounds checked before decoding. */
class PhotoImageTest {

    static BufferedImage read(byte[] jpeg) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 150 && c.getBlue() < 100;
    }

    static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 150 && c.getRed() < 100;
    }

    @Test
    void orientationSixIsTurnedUprightAndEveryMetadataBlockIsGone() throws Exception {
        byte[] upload = TestJpegs.withExif(400, 300, 6);
        assertTrue(PhotoImage.hasApp1(upload), "the test photo carries EXIF");
        assertTrue(TestJpegs.contains(upload, TestJpegs.GPS_MARK));
        PhotoImage.Exif exif = PhotoImage.exif(upload);
        assertEquals(6, exif.orientation());
        assertEquals(Instant.parse("2026-03-15T03:30:00Z"), exif.takenAt(ZoneId.of("Asia/Jakarta")));

        PhotoImage.Normalized n = PhotoImage.normalize(upload);
        assertEquals(300, n.width());
        assertEquals(400, n.height());
        BufferedImage img = read(n.jpeg());
        assertEquals(300, img.getWidth());
        assertEquals(400, img.getHeight());
        // turned 90° clockwise: the left (red) half is now on top, the right (blue) half below
        assertTrue(reddish(img.getRGB(150, 60)), Integer.toHexString(img.getRGB(150, 60)));
        assertTrue(bluish(img.getRGB(150, 340)), Integer.toHexString(img.getRGB(150, 340)));
        assertFalse(PhotoImage.hasApp1(n.jpeg()));
        assertFalse(TestJpegs.contains(n.jpeg(), "Exif".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestJpegs.contains(n.jpeg(), TestJpegs.GPS_MARK));
        assertFalse(TestJpegs.contains(n.jpeg(), "2026:03:15".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(PhotoImage.hasApp1(n.thumb()));
    }

    @Test
    void everyOrientationGivesTheSameUprightPicture() {
        BufferedImage src = TestJpegs.halves(40, 20);
        // orientation 8 means the camera was turned the other way: rotated back counter-clockwise, red at the bottom
        BufferedImage eight = PhotoImage.upright(src, 8);
        assertEquals(20, eight.getWidth());
        assertTrue(reddish(eight.getRGB(10, 35)));
        BufferedImage three = PhotoImage.upright(src, 3);
        assertTrue(bluish(three.getRGB(5, 10)));
        BufferedImage two = PhotoImage.upright(src, 2);
        assertTrue(bluish(two.getRGB(5, 10)));
        for (int o = 1; o <= 8; o++) {
            BufferedImage out = PhotoImage.upright(src, o);
            assertEquals(o >= 5 ? 20 : 40, out.getWidth(), "orientation " + o);
        }
        // 5 and 7 are the flipped 90° turns: red ends up left-top (5) or right-bottom (7)
        assertTrue(reddish(PhotoImage.upright(src, 5).getRGB(10, 5)));
        assertTrue(reddish(PhotoImage.upright(src, 7).getRGB(10, 35)));
        assertTrue(reddish(PhotoImage.upright(src, 6).getRGB(10, 5)));
    }

    @Test
    void largePhotosAreResizedAndPngIsAccepted() throws Exception {
        PhotoImage.Normalized n = PhotoImage.normalize(TestJpegs.png(3000, 1000));
        assertEquals(2048, n.width());
        assertEquals(683, n.height());
        assertEquals(480, read(n.thumb()).getWidth());
        assertEquals(1, n.exif().orientation());
        assertNull(n.exif().takenAt());
    }

    @Test
    void refusedBeforeDecoding() {
        BusinessException huge = assertThrows(BusinessException.class, () -> PhotoImage.normalize(TestJpegs.hugeHeader(10000, 6000)));
        assertEquals("photo.tooManyPixels", huge.key());
        assertEquals("photo.notAnImage", assertThrows(BusinessException.class,
                () -> PhotoImage.normalize("hello, this is text".getBytes(StandardCharsets.UTF_8))).key());
        byte[] heic = new byte[40];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        assertEquals("photo.heic", assertThrows(BusinessException.class, () -> PhotoImage.normalize(heic)).key());
        // a truncated JPEG is refused cleanly, not with a 500
        byte[] whole = TestJpegs.hugeHeader(100, 100);
        assertEquals("photo.notAnImage", assertThrows(BusinessException.class, () -> PhotoImage.normalize(whole)).key());
    }

    @Test
    void theHeaderIsReadByHand() throws Exception {
        assertEquals(10000, PhotoImage.headerSize(TestJpegs.hugeHeader(10000, 6000), PhotoImage.Kind.JPEG)[0]);
        assertEquals(6000, PhotoImage.headerSize(TestJpegs.hugeHeader(10000, 6000), PhotoImage.Kind.JPEG)[1]);
        int[] exif = PhotoImage.headerSize(TestJpegs.withExif(400, 300, 6), PhotoImage.Kind.JPEG);
        assertEquals(400, exif[0]);
        assertEquals(300, exif[1]);
        int[] png = PhotoImage.headerSize(TestJpegs.png(123, 45), PhotoImage.Kind.PNG);
        assertEquals(123, png[0]);
        assertEquals(45, png[1]);
    }

    @Test
    void brokenExifIsIgnored() throws Exception {
        byte[] ok = TestJpegs.withExif(40, 30, 6);
        ok[20] = (byte) 0x7f; // corrupt the TIFF offsets
        ok[21] = (byte) 0x7f;
        PhotoImage.Exif e = PhotoImage.exif(ok);
        assertTrue(e.orientation() >= 1 && e.orientation() <= 8);
    }
}
