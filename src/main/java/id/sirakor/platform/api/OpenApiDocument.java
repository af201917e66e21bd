package id.sirakor.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the OpenAPI 3.0 document of /api/v1 from the JAX-RS resource classes themselves
 * (paths, verbs, parameters, record DTOs as schemas), so it cannot drift from the code.
 * See docs/adr/0006-openapi-from-jaxrs-reflection.md for why this is not MicroProfile OpenAPI.
 */
public final class OpenApiDocument {

    private final Map<String, JsonObject> schemas = new TreeMap<>();

    private OpenApiDocument() {
    }

    public static JsonObject build(Collection<Class<?>> resources, String version) {
        return new OpenApiDocument().document(resources, version);
    }

    private JsonObject document(Collection<Class<?>> resources, String version) {
        Map<String, Map<String, JsonObject>> paths = new TreeMap<>();
        resources.stream().sorted(Comparator.comparing(Class::getName)).forEach(rc -> {
            Path classPath = rc.getAnnotation(Path.class);
            for (Method m : rc.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path mp = m.getAnnotation(Path.class);
                String path = join(classPath == null ? "" : classPath.value(), mp == null ? "" : mp.value());
                paths.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(verb, operation(rc, m, verb));
            }
        });
        JsonObjectBuilder pathsJson = Json.createObjectBuilder();
        paths.forEach((p, ops) -> {
            JsonObjectBuilder o = Json.createObjectBuilder();
            ops.forEach(o::add);
            pathsJson.add(p, o);
        });
        JsonObjectBuilder schemasJson = Json.createObjectBuilder();
        schemas.forEach(schemasJson::add);
        return Json.createObjectBuilder()
                .add("openapi", "3.0.3")
                .add("info", Json.createObjectBuilder()
                        .add("title", "Sirakor API")
                        .add("version", version)
                        .add("description", "Sistem Informasi Rapat Koordinasi. Reads of public data need no login; "
                                + "everything else needs a session or a personal token (Authorization: Bearer sk_...). "
                                + "Errors: {error, message, field, incident}; messages follow Accept-Language (id, en).")
                        .add("license", Json.createObjectBuilder().add("name", "AGPL-3.0")
                                .add("url", "https://www.gnu.org/licenses/agpl-3.0.html")))
                .add("servers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "/api/v1")))
                .add("paths", pathsJson)
                .add("components", Json.createObjectBuilder()
                        .add("schemas", schemasJson)
                        .add("securitySchemes", Json.createObjectBuilder().add("bearer", Json.createObjectBuilder()
                                .add("type", "http").add("scheme", "bearer"))))
                .build();
    }

    private JsonObject operation(Class<?> rc, Method m, String verb) {
        JsonObjectBuilder op = Json.createObjectBuilder();
        ApiDoc doc = m.getAnnotation(ApiDoc.class);
        op.add("summary", doc == null ? m.getName() : doc.value());
        op.add("operationId", rc.getSimpleName().replace("Resource", "").toLowerCase() + "_" + m.getName());
        op.add("tags", Json.createArrayBuilder().add(rc.getSimpleName().replace("Resource", "")));
        JsonArrayBuilder params = Json.createArrayBuilder();
        Type body = null;
        Annotation[][] annotations = m.getParameterAnnotations();
        Type[] types = m.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            PathParam pp = find(annotations[i], PathParam.class);
            QueryParam qp = find(annotations[i], QueryParam.class);
            if (pp != null) {
                params.add(param(pp.value(), "path", types[i], true));
            } else if (qp != null) {
                params.add(param(qp.value(), "query", types[i], false));
            } else if (find(annotations[i], Context.class) == null) {
                body = types[i];
            }
        }
        op.add("parameters", params);
        if (body != null) {
            op.add("requestBody", Json.createObjectBuilder().add("required", true).add("content",
                    Json.createObjectBuilder().add("application/json",
                            Json.createObjectBuilder().add("schema", schema(body)))));
        }
        JsonObjectBuilder responses = Json.createObjectBuilder();
        Type ret = m.getGenericReturnType();
        JsonObjectBuilder ok = Json.createObjectBuilder().add("description", "OK");
        if (ret != void.class && ret != jakarta.ws.rs.core.Response.class) {
            ok.add("content", Json.createObjectBuilder().add("application/json",
                    Json.createObjectBuilder().add("schema", schema(ret))));
        }
        int[] success = doc == null || doc.success().length == 0 ? new int[] {verb.equals("post") ? 201 : 200} : doc.success();
        for (int code : success) {
            responses.add(String.valueOf(code), ok);
        }
        boolean open = isPublic(path(rc, m));
        responses.add("400", error("Invalid input: malformed JSON, a wrong type or an invalid value (field names it)"));
        if (!open) {
            responses.add("401", error("Not logged in or bad token"));
            responses.add("403", error("Role or unit does not allow this"));
        }
        responses.add("404", error(open ? "Not found" : "Not found, or outside the caller's units"));
        if (!verb.equals("get")) {
            responses.add("409", error("Conflicts with the current state (duplicate, full, closed)"));
        }
        if (body != null) {
            responses.add("413", error("Body larger than the limit (64 KB unless configured)"));
        }
        responses.add("503", Json.createObjectBuilder().add("description", "Database unavailable; try again after Retry-After seconds")
                .add("headers", Json.createObjectBuilder().add("Retry-After", Json.createObjectBuilder()
                        .add("schema", Json.createObjectBuilder().add("type", "integer"))))
                .add("content", Json.createObjectBuilder().add("application/json", Json.createObjectBuilder().add("schema",
                        schema(ApiErrors.ApiError.class)))).build());
        op.add("responses", responses);
        if (!verb.equals("get") && !open) {
            op.add("security", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("bearer", Json.createArrayBuilder())));
        }
        return op.build();
    }

    private static String path(Class<?> rc, Method m) {
        Path classPath = rc.getAnnotation(Path.class);
        Path mp = m.getAnnotation(Path.class);
        return join(classPath == null ? "" : classPath.value(), mp == null ? "" : mp.value());
    }

    /** Public operations (no login): the public pages' data, health and this document. */
    static boolean isPublic(String path) {
        return path.startsWith("/public/") || path.equals("/public") || path.startsWith("/health") || path.startsWith("/openapi");
    }

    private JsonObject error(String description) {
        return Json.createObjectBuilder().add("description", description).add("content",
                Json.createObjectBuilder().add("application/json", Json.createObjectBuilder().add("schema",
                        schema(ApiErrors.ApiError.class)))).build();
    }

    private JsonObject param(String name, String in, Type type, boolean required) {
        return Json.createObjectBuilder().add("name", name).add("in", in).add("required", required)
                .add("schema", schema(type)).build();
    }

    private JsonObject schema(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Json.createObjectBuilder().add("type", "array")
                        .add("items", schema(pt.getActualTypeArguments()[0])).build();
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Json.createObjectBuilder().add("type", "object").build();
            }
            return schema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return simple("string", null);
        }
        if (c == long.class || c == Long.class) {
            return simple("integer", "int64");
        }
        if (c == int.class || c == Integer.class) {
            return simple("integer", "int32");
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple("boolean", null);
        }
        if (c == Instant.class) {
            return simple("string", "date-time");
        }
        if (c == LocalDate.class) {
            return simple("string", "date");
        }
        if (c == LocalTime.class) {
            return simple("string", "time");
        }
        if (c.isEnum()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            Arrays.stream(c.getEnumConstants()).forEach(e -> values.add(((Enum<?>) e).name()));
            return Json.createObjectBuilder().add("type", "string").add("enum", values).build();
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Json.createObjectBuilder().build());
                JsonObjectBuilder props = Json.createObjectBuilder();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.add(rc.getName(), schema(rc.getGenericType()));
                }
                schemas.put(name, Json.createObjectBuilder().add("type", "object").add("properties", props).build());
            }
            return Json.createObjectBuilder().add("$ref", "#/components/schemas/" + name).build();
        }
        return simple("object", null);
    }

    private static JsonObject simple(String type, String format) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", type);
        if (format != null) {
            b.add("format", format);
        }
        return b.build();
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getAnnotation(HttpMethod.class).value().toLowerCase();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String p = ("/" + a + "/" + b).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A find(Annotation[] as, Class<A> type) {
        for (Annotation a : as) {
            if (type.isInstance(a)) {
                return (A) a;
            }
        }
        return null;
    }
}
