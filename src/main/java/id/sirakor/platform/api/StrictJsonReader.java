package id.sirakor.platform.api;

import id.sirakor.platform.config.Settings;
import id.sirakor.platform.error.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * The one reader of JSON request bodies of /api/v1 (see docs/adr/0020-strict-json-bodies.md).
 * Before JSON-B binds anything, the whole body is checked:
 * <ul>
 * <li>size: more than {@code SIRAKOR_API_MAX_BODY} bytes (64 KB) is refused with 413 at once by
 *     Content-Length, or as soon as the stream passes the limit (chunked bodies);</li>
 * <li>encoding: UTF-8 without a byte-order mark, invalid byte sequences refused
 *     ({@link CodingErrorAction#REPORT}) instead of becoming U+FFFD;</li>
 * <li>syntax: one JSON value and nothing after it, at most {@value #MAX_DEPTH} levels deep, no
 *     control characters (NUL …) or lone surrogates in strings or names;</li>
 * <li>types against the Java target: a number for a whole number must be whole ({@code 1.5},
 *     {@code "abc"} are refused, never rounded), booleans are {@code true}/{@code false}, a text
 *     is a JSON string, an enum one of its names, dates parse, a record gets an object.</li>
 * </ul>
 * Every refusal is a {@link BusinessException} (400 {error, message, field}, no incident).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    static final int MAX_DEPTH = 16;
    private static final int DEFAULT_LIMIT = 64 * 1024;
    private static final int LIMIT = limit();

    private static int limit() {
        try {
            return Integer.parseInt(Settings.get("sirakor.api.max.body.bytes", "SIRAKOR_API_MAX_BODY", String.valueOf(DEFAULT_LIMIT)));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    /** The body limit in bytes (64 KB unless configured). */
    public static int maxBytes() {
        return LIMIT;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(JsonValue.class.isAssignableFrom(type) || InputStream.class.isAssignableFrom(type)
                || type == byte[].class || type == String.class || type.getName().startsWith("jakarta.ws.rs")
                || type.getName().startsWith("org.jboss.resteasy"));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        String length = headers == null ? null : headers.getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > LIMIT) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw BusinessException.invalid("error.json.syntax");
            }
        }
        byte[] bytes = in.readNBytes(LIMIT + 1);
        if (bytes.length > LIMIT) {
            throw tooLarge();
        }
        String text = decode(bytes);
        JsonValue value = parse(text);
        check(value, genericType == null ? type : genericType, null);
        try {
            return JsonbHolder.JSONB.fromJson(text, genericType == null ? type : genericType);
        } catch (JsonbException e) {
            throw BusinessException.invalid("error.json.type");
        }
    }

    private static WebApplicationException tooLarge() {
        return new TooLarge(LIMIT);
    }

    /** UTF-8, strictly; a byte-order mark is refused (RFC 8259 §8.1: must not be added). */
    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw BusinessException.invalid("error.json.empty");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw BusinessException.invalid("error.json.encoding");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BusinessException.invalid("error.json.encoding");
        }
    }

    /** One JSON value, nothing after it, bounded depth, clean strings; then the tree. */
    static JsonValue parse(String text) {
        String field = null;
        try (JsonParser p = Json.createParser(new StringReader(text))) {
            int depth = 0;
            boolean started = false;
            while (p.hasNext()) {
                if (started && depth == 0) {
                    throw BusinessException.invalid("error.json.trailing");
                }
                JsonParser.Event e = p.next();
                started = true;
                switch (e) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw BusinessException.invalid(field, "error.json.depth", MAX_DEPTH);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        field = p.getString();
                        clean(field, null);
                    }
                    case VALUE_STRING -> clean(p.getString(), field);
                    default -> {
                    }
                }
            }
        } catch (jakarta.json.JsonException e) {
            throw BusinessException.invalid("error.json.syntax");
        } catch (java.util.NoSuchElementException e) {
            throw BusinessException.invalid("error.json.syntax");
        }
        try {
            return Json.createReader(new StringReader(text)).readValue();
        } catch (jakarta.json.JsonException e) {
            throw BusinessException.invalid("error.json.syntax");
        }
    }

    /** No C0 control characters other than tab and line breaks, no DEL, no lone surrogates. */
    static void clean(String s, String field) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw BusinessException.invalid(field, "validation.control");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw BusinessException.invalid(field, "error.json.encoding");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw BusinessException.invalid(field, "error.json.encoding");
            }
        }
    }

    /** The JSON value against the Java type it is bound to; refusals name the field. */
    static void check(JsonValue v, Type t, String field) {
        Class<?> raw = raw(t);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && raw.isPrimitive()) {
                throw BusinessException.invalid(field, "error.json.type");
            }
            if (field == null) {
                throw BusinessException.invalid("error.json.type");
            }
            return;
        }
        if (raw == null || raw == Object.class) {
            return;
        }
        if (raw == String.class || raw == Character.class || raw == char.class) {
            expect(v instanceof JsonString, field);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(v == JsonValue.TRUE || v == JsonValue.FALSE, field);
        } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class || raw == BigInteger.class) {
            expect(v instanceof JsonNumber, field);
            BigDecimal d = ((JsonNumber) v).bigDecimalValue();
            expect(d.signum() == 0 || d.stripTrailingZeros().scale() <= 0, field);
            BigInteger i = d.toBigInteger();
            long min = raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
                    : raw == short.class || raw == Short.class ? Short.MIN_VALUE
                    : raw == byte.class || raw == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
            long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
                    : raw == short.class || raw == Short.class ? Short.MAX_VALUE
                    : raw == byte.class || raw == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
            expect(raw == BigInteger.class || (i.compareTo(BigInteger.valueOf(min)) >= 0 && i.compareTo(BigInteger.valueOf(max)) <= 0), field);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(v instanceof JsonNumber, field);
        } else if (raw.isEnum()) {
            expect(v instanceof JsonString, field);
            String name = ((JsonString) v).getString();
            boolean known = false;
            for (Object c : raw.getEnumConstants()) {
                known |= ((Enum<?>) c).name().equals(name);
            }
            expect(known, field);
        } else if (raw == LocalDate.class || raw == LocalTime.class || raw == Instant.class || raw == LocalDateTime.class) {
            expect(v instanceof JsonString, field);
            String s = ((JsonString) v).getString();
            try {
                if (raw == LocalDate.class) {
                    LocalDate.parse(s);
                } else if (raw == LocalTime.class) {
                    LocalTime.parse(s);
                } else if (raw == Instant.class) {
                    Instant.parse(s);
                } else {
                    LocalDateTime.parse(s);
                }
            } catch (DateTimeParseException e) {
                throw BusinessException.invalid(field, "error.json.type");
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(v instanceof JsonArray, field);
            Type element = raw.isArray() ? raw.getComponentType() : argument(t, 0);
            for (JsonValue e : (JsonArray) v) {
                check(e, element, field);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(v instanceof JsonObject, field);
            Type element = argument(t, 1);
            for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
                check(e.getValue(), element, e.getKey());
            }
        } else if (raw.isRecord()) {
            expect(v instanceof JsonObject, field);
            JsonObject o = (JsonObject) v;
            for (RecordComponent c : raw.getRecordComponents()) {
                if (o.containsKey(c.getName())) {
                    check(o.get(c.getName()), c.getGenericType(), c.getName());
                }
            }
        } else if (!raw.getName().startsWith("java.")) {
            expect(v instanceof JsonObject, field);
            JsonObject o = (JsonObject) v;
            for (Class<?> k = raw; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && o.containsKey(f.getName())) {
                        check(o.get(f.getName()), f.getGenericType(), f.getName());
                    }
                }
            }
        }
    }

    private static void expect(boolean ok, String field) {
        if (!ok) {
            throw BusinessException.invalid(field, "error.json.type");
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type argument(Type t, int i) {
        if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
            return p.getActualTypeArguments()[i];
        }
        return Object.class;
    }

    /** The same JSON-B as the rest of the API (see {@link JsonbResolver}). */
    static final class JsonbHolder {
        static final Jsonb JSONB = JsonbResolver.shared();
    }
}
