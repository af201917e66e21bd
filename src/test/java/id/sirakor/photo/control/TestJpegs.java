package id.sirakor.photo.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Test photos as phones make them: a JPEG whose APP1 "Exif" segment (written here by hand, big
 * endian TIFF) carries an orientation, DateTimeOriginal and GPS coordinates; a PNG; the header of
 * a huge JPEG. Used by the unit test and by PhotosIT.
 */
public final class TestJpegs {

    /** The GPS latitude's degrees as the EXIF rational writes them: easy to find again in the bytes. */
    public static final byte[] GPS_MARK = {0, 0, 0, 0x64, 0, 0, 0, 0x01}; // 100/1, "S 100°" is nowhere on earth, easy to spot

    private TestJpegs() {
    }

    /** A 400 × 300 picture: the left half red, the right half blue. */
    public static BufferedImage halves(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(220, 30, 30));
        g.fillRect(0, 0, w / 2, h);
        g.setColor(new Color(30, 30, 220));
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return img;
    }

    public static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(halves(w, h), "png", out);
        return out.toByteArray();
    }

    /** A JPEG of {@link #halves} with an EXIF block: orientation, DateTimeOriginal "2026:03:15 10:30:00", GPS. */
    public static byte[] withExif(int w, int h, int orientation) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ImageIO.write(halves(w, h), "jpg", raw);
        byte[] jpeg = raw.toByteArray();
        // drop the JFIF APP0 segment, as phone cameras write EXIF right after SOI
        int app0 = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int rest = 2 + 2 + app0;
        byte[] tiff = tiff(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int len = 2 + 6 + tiff.length;
        out.write(len >> 8);
        out.write(len & 0xff);
        out.write("Exif".getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        out.write(0);
        out.write(tiff);
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    private static byte[] tiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(512); // big endian, "MM"
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 3 * 12 + 4; // 50
        int gpsIfd = exifIfd + 2 + 12 + 4; // 68
        int dateAt = gpsIfd + 2 + 2 * 12 + 4; // 98
        int latAt = dateAt + 20; // 118
        b.putShort((short) 3);
        entry(b, 0x0112, 3, 1, orientation << 16); // SHORT, left-justified in the value field
        entry(b, 0x8769, 4, 1, exifIfd);
        entry(b, 0x8825, 4, 1, gpsIfd);
        b.putInt(0);
        b.putShort((short) 1);
        entry(b, 0x9003, 2, 20, dateAt);
        b.putInt(0);
        b.putShort((short) 2);
        entry(b, 0x0001, 2, 2, 'S' << 24); // GPSLatitudeRef "S\0" inline
        entry(b, 0x0002, 5, 3, latAt);
        b.putInt(0);
        b.put("2026:03:15 10:30:00".getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        b.put(GPS_MARK).putInt(17).putInt(1).putInt(3150).putInt(100);
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** The first bytes of a baseline JPEG that claims w × h pixels (SOF0), followed by nothing useful. */
    public static byte[] hugeHeader(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.put((byte) 0xFF).put((byte) 0xD8);
        b.put((byte) 0xFF).put((byte) 0xC0).putShort((short) 17).put((byte) 8).putShort((short) h).putShort((short) w).put((byte) 3);
        for (int c = 1; c <= 3; c++) {
            b.put((byte) c).put((byte) 0x11).put((byte) 0);
        }
        b.put((byte) 0xFF).put((byte) 0xD9);
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    /** True when {@code needle} occurs in {@code hay}. */
    public static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
