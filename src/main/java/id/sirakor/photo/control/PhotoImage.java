package id.sirakor.photo.control;

import id.sirakor.platform.error.BusinessException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The image work of a photo upload, without the database (ADR 0090): the type by content (JPEG,
 * PNG; HEIC named and refused), the pixel size read from the header before anything is decoded
 * (a decompression bomb is refused unread), the EXIF orientation and DateTimeOriginal read by a
 * small parser of the APP1 segment, then decoded (subsampled when huge), turned upright, resized
 * and written as a fresh baseline JPEG: a new file carries no metadata, the location with it.
 */
public final class PhotoImage {

    /** Refused above this many pixels (width × height from the header). */
    public static final long MAX_PIXELS = 50_000_000L;
    public static final int MAX_EDGE = 2048;
    public static final int THUMB_EDGE = 480;
    static final float QUALITY = 0.85f;

    private PhotoImage() {
    }

    /** What the bytes are, by their first bytes (never by the name or the client's content type). */
    public enum Kind { JPEG, PNG, HEIC, OTHER }

    public static Kind sniff(byte[] c) {
        if (c.length > 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return Kind.JPEG;
        }
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0D && c[5] == 0x0A) {
            return Kind.PNG;
        }
        if (c.length > 12 && c[4] == 'f' && c[5] == 't' && c[6] == 'y' && c[7] == 'p') {
            String brand = new String(c, 8, 4, StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1") || brand.startsWith("avi")) {
                return Kind.HEIC;
            }
        }
        return Kind.OTHER;
    }

    /** What the EXIF block says that we keep or use: the orientation (1–8, 1 when absent) and when the photo was taken. */
    public record Exif(int orientation, LocalDateTime takenAt, ZoneOffset offset) {
        static final Exif NONE = new Exif(1, null, null);

        /** The moment taken, in the offset the camera wrote, else in the event's zone. */
        public java.time.Instant takenAt(ZoneId fallback) {
            if (takenAt == null) {
                return null;
            }
            return offset != null ? takenAt.toInstant(offset) : takenAt.atZone(fallback).toInstant();
        }
    }

    /** The normalized result: the JPEG, its thumbnail and the upright size. */
    public record Normalized(byte[] jpeg, byte[] thumb, int width, int height, Exif exif) {
    }

    /**
     * Checks and normalizes one upload. Refusals are {@link BusinessException}s with the keys
     * photo.notAnImage, photo.heic, photo.tooManyPixels.
     */
    public static Normalized normalize(byte[] upload) {
        Kind kind = sniff(upload);
        if (kind == Kind.HEIC) {
            throw BusinessException.invalid("file", "photo.heic");
        }
        if (kind == Kind.OTHER) {
            throw BusinessException.invalid("file", "photo.notAnImage");
        }
        int[] size = headerSize(upload, kind);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw BusinessException.invalid("file", "photo.notAnImage");
        }
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw BusinessException.invalid("file", "photo.tooManyPixels", size[0], size[1], MAX_PIXELS / 1_000_000);
        }
        Exif exif = kind == Kind.JPEG ? exif(upload) : Exif.NONE;
        BufferedImage img;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw BusinessException.invalid("file", "photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignore metadata: only the pixels are read
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) { // the decoder's view of the header must agree
                    throw BusinessException.invalid("file", "photo.tooManyPixels", w, h, MAX_PIXELS / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // a 48-megapixel upload is read at every 2nd or 3rd pixel: the result is still at least twice MAX_EDGE
                int step = Math.max(1, Math.max(w, h) / (2 * MAX_EDGE));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                img = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException be) {
                throw be;
            }
            // truncated, CMYK or otherwise unreadable
            throw BusinessException.invalid("file", "photo.notAnImage");
        }
        BufferedImage full = upright(scaled(img, MAX_EDGE), exif.orientation());
        BufferedImage thumb = scaled(full, THUMB_EDGE);
        return new Normalized(jpeg(full), jpeg(thumb), full.getWidth(), full.getHeight(), exif);
    }

    /**
     * Width and height as the file's header states them, read by hand (no decoder involved): the
     * JPEG's first SOFn segment, the PNG's IHDR. Null when the header cannot be found.
     */
    public static int[] headerSize(byte[] c, Kind kind) {
        if (kind == Kind.PNG) {
            if (c.length < 24 || c[12] != 'I' || c[13] != 'H' || c[14] != 'D' || c[15] != 'R') {
                return null;
            }
            return new int[] {int32(c, 16), int32(c, 20)};
        }
        if (kind != Kind.JPEG) {
            return null;
        }
        int i = 2;
        while (i + 4 <= c.length) {
            if ((c[i] & 0xff) != 0xFF) {
                return null;
            }
            int marker = c[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                i += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // pixels (or the end) before any frame header
            }
            int len = ((c[i + 2] & 0xff) << 8) | (c[i + 3] & 0xff);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                if (i + 9 > c.length) {
                    return null;
                }
                int h = ((c[i + 5] & 0xff) << 8) | (c[i + 6] & 0xff);
                int w = ((c[i + 7] & 0xff) << 8) | (c[i + 8] & 0xff);
                return new int[] {w, h};
            }
            if (len < 2) {
                return null;
            }
            i += 2 + len;
        }
        return null;
    }

    private static int int32(byte[] c, int at) {
        long v = ((long) (c[at] & 0xff) << 24) | ((c[at + 1] & 0xff) << 16) | ((c[at + 2] & 0xff) << 8) | (c[at + 3] & 0xff);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    // ---- EXIF (APP1) -------------------------------------------------------------------------

    /** Orientation and DateTimeOriginal from the first APP1 "Exif" segment; {@link Exif#NONE} when absent or broken. */
    public static Exif exif(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length) {
                if ((jpeg[i] & 0xff) != 0xFF) {
                    return Exif.NONE;
                }
                int marker = jpeg[i + 1] & 0xff;
                if (marker == 0xFF) { // fill byte
                    i++;
                    continue;
                }
                if (marker == 0xDA || marker == 0xD9) { // start of scan / end: no EXIF before the pixels
                    return Exif.NONE;
                }
                int len = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
                if (len < 2 || i + 2 + len > jpeg.length) {
                    return Exif.NONE;
                }
                if (marker == 0xE1 && len >= 8 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i' && jpeg[i + 7] == 'f'
                        && jpeg[i + 8] == 0 && jpeg[i + 9] == 0) {
                    return tiff(jpeg, i + 10, i + 2 + len);
                }
                i += 2 + len;
            }
        } catch (RuntimeException broken) {
            // a malformed EXIF block is ignored: the photo is still a photo
        }
        return Exif.NONE;
    }

    private static Exif tiff(byte[] b, int start, int end) {
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return Exif.NONE;
        }
        Tiff t = new Tiff(b, start, end, little);
        if (t.u16(2) != 42) {
            return Exif.NONE;
        }
        long ifd0 = t.u32(4);
        int orientation = 1;
        long exifIfd = -1;
        int n = t.u16(ifd0);
        for (int k = 0; k < n && k < 500; k++) {
            long e = ifd0 + 2 + 12L * k;
            int tag = t.u16(e);
            if (tag == 0x0112) {
                int v = t.u16(e + 8);
                orientation = v >= 1 && v <= 8 ? v : 1;
            } else if (tag == 0x8769) {
                exifIfd = t.u32(e + 8);
            }
        }
        LocalDateTime taken = null;
        ZoneOffset offset = null;
        if (exifIfd > 0) {
            int m = t.u16(exifIfd);
            for (int k = 0; k < m && k < 500; k++) {
                long e = exifIfd + 2 + 12L * k;
                int tag = t.u16(e);
                if (tag == 0x9003) {
                    taken = dateTime(t.ascii(e));
                } else if (tag == 0x9011) {
                    offset = offset(t.ascii(e));
                }
            }
        }
        return new Exif(orientation, taken, offset);
    }

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    static LocalDateTime dateTime(String s) {
        if (s == null || s.length() < 19) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.parse(s.substring(0, 19), EXIF_TIME);
            return t.getYear() < 1990 ? null : t; // "0000:00:00 00:00:00" and unset clocks
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static ZoneOffset offset(String s) {
        try {
            return s == null || s.length() < 6 ? null : ZoneOffset.of(s.substring(0, 6));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Reads TIFF values relative to the TIFF header; every read is bounds-checked against the segment. */
    private record Tiff(byte[] b, int start, int end, boolean little) {
        int at(long off) {
            long p = start + off;
            if (off < 0 || p >= end) {
                throw new IndexOutOfBoundsException();
            }
            return b[(int) p] & 0xff;
        }

        int u16(long off) {
            return little ? at(off) | (at(off + 1) << 8) : (at(off) << 8) | at(off + 1);
        }

        long u32(long off) {
            long v = little ? (at(off) | (at(off + 1) << 8) | (at(off + 2) << 16) | ((long) at(off + 3) << 24))
                    : (((long) at(off) << 24) | (at(off + 1) << 16) | (at(off + 2) << 8) | at(off + 3));
            return v & 0xffffffffL;
        }

        /** An ASCII entry (type 2): inline when at most 4 bytes, else at its offset. */
        String ascii(long entry) {
            if (u16(entry + 2) != 2) {
                return null;
            }
            long count = u32(entry + 4);
            if (count > 64) {
                return null;
            }
            long from = count <= 4 ? entry + 8 : u32(entry + 8);
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < count; k++) {
                int c = at(from + k);
                if (c == 0) {
                    break;
                }
                sb.append((char) c);
            }
            return sb.toString();
        }
    }

    // ---- pixels ------------------------------------------------------------------------------

    /** Turns the image as EXIF orientation 1–8 asks (2, 4, 5, 7 also flip). */
    public static BufferedImage upright(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /** At most {@code maxEdge} on the long side, on white (PNG transparency), halving step by step for a clean thumbnail. */
    public static BufferedImage scaled(BufferedImage src, int maxEdge) {
        int w = src.getWidth();
        int h = src.getHeight();
        double f = Math.min(1.0, (double) maxEdge / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * f));
        int th = Math.max(1, (int) Math.round(h * f));
        BufferedImage cur = src;
        int cw = w;
        int ch = h;
        do {
            cw = Math.max(tw, cw / 2);
            ch = Math.max(th, ch / 2);
            if (cw < tw * 2 && ch < th * 2) {
                cw = tw;
                ch = th;
            }
            BufferedImage out = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(cur, 0, 0, cw, ch, Color.WHITE, null);
            g.dispose();
            cur = out;
        } while (cw != tw || ch != th);
        return cur;
    }

    /** A baseline JPEG with a JFIF header only: no EXIF, no XMP, no ICC, no comment. */
    public static byte[] jpeg(BufferedImage img) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** True when the JPEG holds an APP1 segment (EXIF or XMP) before its pixels: the stored photos never do. */
    public static boolean hasApp1(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xDA) {
                return false;
            }
            if (marker == 0xE1) {
                return true;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return false;
    }
}
