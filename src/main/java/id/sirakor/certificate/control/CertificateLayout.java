package id.sirakor.certificate.control;

import id.sirakor.platform.error.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each field of a certificate stands on the A4-landscape page (297 × 210 mm), in millimetres
 * from the top-left corner: {@code x} is the anchor of the alignment (the left edge, the centre or
 * the right edge of the field's box of width {@code w}); {@code y} is the first text baseline, or
 * the top edge of an image (logo, signature, QR). {@code size} is the font size in points for text,
 * the height in millimetres for an image. A hidden field is not printed. The defaults are the page
 * as it was laid out before fields could be moved (docs/adr/0065). The PDF and the designer's
 * preview both draw from {@link CertificateLayout.Box}es through {@link CertificatePdf#marks}, so
 * they agree to the millimetre.
 */
public final class CertificateLayout implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final double PAGE_W = 297;
    public static final double PAGE_H = 210;
    /** Bound of the stored JSON (16 fields × 6 numbers need about 1.5 KB). */
    public static final int JSON_MAX = 8 * 1024;

    public enum Align { LEFT, CENTER, RIGHT }

    /** The fields in drawing order; {@code image} fields take their size in millimetres. */
    public enum Field {
        LOGO(true), HEADING(false), NUMBER(false), INTRO(false), NAME(false), INSTITUTION(false), ROLE(false), EVENT_TITLE(false),
        VENUE(false), DATES(false), PLACE_DATE(false), SIGNER_POSITION(false), SIGNATURE(true), SIGNER_NAME(false), QR(true), CODE(false);

        public final boolean image;

        Field(boolean image) {
            this.image = image;
        }

        /** "event_title" — the name in JSON and in messages (cert.field.*). */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Box(double x, double y, double size, double w, Align align, boolean hidden) implements java.io.Serializable {

        /** The left edge of the box, millimetres. */
        public double left() {
            return switch (align) {
                case LEFT -> x;
                case CENTER -> x - w / 2;
                case RIGHT -> x - w;
            };
        }
    }

    private final EnumMap<Field, Box> boxes;

    private CertificateLayout(EnumMap<Field, Box> boxes) {
        this.boxes = boxes;
    }

    public Box box(Field f) {
        return boxes.get(f);
    }

    public Map<Field, Box> boxes() {
        return java.util.Collections.unmodifiableMap(boxes);
    }

    public CertificateLayout with(Field f, Box b) {
        EnumMap<Field, Box> m = new EnumMap<>(boxes);
        m.put(f, b);
        return new CertificateLayout(m);
    }

    /**
     * Today's page: the name's baseline {@code nameY − 3} mm from the top, and the lines under it
     * following it, as the single "nameY" setting of the first designs did.
     */
    public static CertificateLayout defaults(int nameY) {
        double c = PAGE_W / 2, n = nameY;
        EnumMap<Field, Box> m = new EnumMap<>(Field.class);
        m.put(Field.LOGO, new Box(c, 12, 22, 22, Align.CENTER, false));
        m.put(Field.HEADING, new Box(c, 39, 34, 268, Align.CENTER, false));
        m.put(Field.NUMBER, new Box(c, 48.5, 12, 268, Align.CENTER, false));
        m.put(Field.INTRO, new Box(c, 59, 14, 268, Align.CENTER, false));
        m.put(Field.NAME, new Box(c, n - 3, 28, 240, Align.CENTER, false));
        m.put(Field.INSTITUTION, new Box(c, n + 6, 12, 240, Align.CENTER, false));
        m.put(Field.ROLE, new Box(c, n + 13, 15, 254, Align.CENTER, false));
        m.put(Field.EVENT_TITLE, new Box(c, n + 25.5, 13, 234, Align.CENTER, false));
        m.put(Field.VENUE, new Box(c, n + 31, 11.5, 234, Align.CENTER, false));
        m.put(Field.DATES, new Box(c, n + 36, 11.5, 234, Align.CENTER, false));
        m.put(Field.PLACE_DATE, new Box(239.5, 151.3, 11, 75, Align.CENTER, false));
        m.put(Field.SIGNER_POSITION, new Box(239.5, 156.3, 11, 75, Align.CENTER, false));
        m.put(Field.SIGNATURE, new Box(239.5, 163, 13, 45, Align.CENTER, false));
        m.put(Field.SIGNER_NAME, new Box(239.5, 178.7, 12, 75, Align.CENTER, false));
        m.put(Field.QR, new Box(22, 156, 26, 26, Align.LEFT, false));
        m.put(Field.CODE, new Box(49.5, 172.5, 11, 95, Align.LEFT, false));
        return new CertificateLayout(m);
    }

    /** The stored layout over the defaults (a field missing from the JSON keeps its default); null or blank: the defaults. */
    public static CertificateLayout parse(String json, int nameY) {
        CertificateLayout d = defaults(nameY);
        if (json == null || json.isBlank()) {
            return d;
        }
        if (json.length() > JSON_MAX) {
            throw BusinessException.invalid("layout", "cert.layoutTooLarge");
        }
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            o = r.readObject();
        } catch (RuntimeException e) {
            throw BusinessException.invalid("layout", "cert.layoutUnreadable");
        }
        EnumMap<Field, Box> m = new EnumMap<>(d.boxes);
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            Field f;
            try {
                f = Field.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw BusinessException.invalid("layout", "cert.layoutUnknownField", e.getKey());
            }
            if (e.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                throw BusinessException.invalid(path(f), "cert.layoutUnreadable");
            }
            JsonObject b = e.getValue().asJsonObject();
            Box def = m.get(f);
            Align align;
            try {
                align = b.containsKey("align") && !b.isNull("align") ? Align.valueOf(b.getString("align").toUpperCase(Locale.ROOT)) : def.align();
            } catch (RuntimeException ex) {
                throw BusinessException.invalid(path(f), "cert.layoutUnreadable");
            }
            m.put(f, new Box(num(b, "x", def.x(), f), num(b, "y", def.y(), f), num(b, "size", def.size(), f), num(b, "w", def.w(), f), align,
                    b.containsKey("hidden") ? b.get("hidden") == JsonValue.TRUE : def.hidden()));
        }
        return new CertificateLayout(m);
    }

    private static double num(JsonObject b, String k, double def, Field f) {
        if (!b.containsKey(k) || b.isNull(k)) {
            return def;
        }
        if (!(b.get(k) instanceof JsonNumber n)) {
            throw BusinessException.invalid(path(f, k), "cert.layoutUnreadable");
        }
        return Math.round(n.doubleValue() * 10) / 10.0;
    }

    /** Every field's box within the page and its size within bounds, else 400 naming the field. */
    public CertificateLayout validate() {
        for (Map.Entry<Field, Box> e : boxes.entrySet()) {
            Field f = e.getKey();
            Box b = e.getValue();
            String at = path(f);
            double min = f.image ? 5 : 6, max = f.image ? 120 : 72;
            if (!Double.isFinite(b.size()) || b.size() < min || b.size() > max) {
                throw BusinessException.invalid(path(f, "size"), f.image ? "cert.layoutImageSize" : "cert.layoutFontSize", f.key(), (int) min, (int) max);
            }
            if (!Double.isFinite(b.w()) || b.w() < 10 || b.w() > PAGE_W) {
                throw BusinessException.invalid(path(f, "w"), "cert.layoutWidth", f.key());
            }
            double top = f.image ? b.y() : b.y() - b.size() * 25.4 / 72 * 0.75;
            double bottom = f.image ? b.y() + b.size() : b.y() + b.size() * 25.4 / 72 * 0.25;
            if (!Double.isFinite(b.x()) || !Double.isFinite(b.y()) || b.left() < -0.05 || b.left() + b.w() > PAGE_W + 0.05 || top < -0.05
                    || bottom > PAGE_H + 0.05) {
                throw BusinessException.invalid(at, "cert.layoutOutside", f.key());
            }
        }
        return this;
    }

    /** The name of a layout input in a 400 answer: "layout.name", "layout.qr.size". */
    static String path(Field f, String... part) {
        return String.join(".", "layout", f.key()) + (part.length == 0 ? "" : "." + String.join(".", part));
    }

    /** Every field's box, as stored and as the API shows it. */
    public String toJson() {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (Map.Entry<Field, Box> e : boxes.entrySet()) {
            Box b = e.getValue();
            o.add(e.getKey().key(), Json.createObjectBuilder().add("x", b.x()).add("y", b.y()).add("size", b.size()).add("w", b.w())
                    .add("align", b.align().name().toLowerCase(Locale.ROOT)).add("hidden", b.hidden()));
        }
        return o.build().toString();
    }
}
