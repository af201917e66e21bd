package id.sirakor.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Session state must replicate (WildFly HA cluster, docs/adr/0099-session-replication.md): every
 * {@code @SessionScoped}, {@code @ViewScoped} and {@code @ConversationScoped} bean is Serializable,
 * holds no entity, EntityManager, stream or connection, only injects normal-scoped beans (whose
 * client proxies serialize) or serializable ones, and a fresh instance serializes small. What a page
 * shows from the database is kept in transient fields that their getters read again when null (after
 * a failover the view is restored without them); what the user edits is kept in plain values.
 */
class SessionStateTest {

    static final int MAX_FRESH_BYTES = 16 * 1024;

    @Test
    void sessionAndViewBeansAreSerializableAndSmall() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() >= 40, "found only " + beans.size() + " session/view/conversation beans");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    String problem = fieldProblem(f);
                    if (problem != null) {
                        problems.add(bean.getSimpleName() + "." + f.getName() + ": " + problem);
                    }
                }
            }
            try {
                var ctor = bean.getDeclaredConstructor();
                ctor.setAccessible(true);
                Object fresh = ctor.newInstance();
                var bytes = new ByteArrayOutputStream();
                try (var out = new ObjectOutputStream(bytes)) {
                    out.writeObject(fresh);
                }
                if (bytes.size() > MAX_FRESH_BYTES) {
                    problems.add(bean.getSimpleName() + ": a fresh instance serializes to " + bytes.size() + " bytes");
                }
            } catch (ReflectiveOperationException | java.io.IOException e) {
                problems.add(bean.getSimpleName() + ": cannot serialize a fresh instance: " + e);
            }
        }
        assertTrue(problems.isEmpty(), "session state that cannot replicate:\n  " + String.join("\n  ", problems));
    }

    /** The checks themselves: each kind of state that cannot replicate is named. */
    @Test
    void theChecksSeeWhatCannotReplicate() throws Exception {
        assertTrue(fieldProblem(Probe.class.getDeclaredField("entity")).contains("an entity"));
        assertTrue(fieldProblem(Probe.class.getDeclaredField("entities")).contains("an entity"));
        assertTrue(fieldProblem(Probe.class.getDeclaredField("row")).contains("Row.unit is an entity"),
                fieldProblem(Probe.class.getDeclaredField("row")));
        assertTrue(fieldProblem(Probe.class.getDeclaredField("service")).contains("transient"));
        assertTrue(fieldProblem(Probe.class.getDeclaredField("cache")) == null, "a transient non-injected field is fine");
        assertTrue(fieldProblem(Probe.class.getDeclaredField("ids")) == null);
    }

    @SuppressWarnings("unused")
    static class Probe implements Serializable {
        id.sirakor.identity.entity.OrgUnit entity;
        List<id.sirakor.identity.entity.OrgUnit> entities;
        Row row;
        @Inject
        transient id.sirakor.identity.control.UnitService service;
        transient List<id.sirakor.identity.entity.OrgUnit> cache;
        List<Long> ids;
    }

    @SuppressWarnings("unused")
    static class Row implements Serializable {
        String name;
        id.sirakor.identity.entity.OrgUnit unit;
    }

    /** Null when the field may be in a replicated session; else why not. */
    static String fieldProblem(Field f) {
        int m = f.getModifiers();
        if (f.isAnnotationPresent(Inject.class) && Modifier.isTransient(m)) {
            // Weld does not inject again into a deserialized instance: after a failover it is null
            return "an injected field that is transient (null after the view moves to another node)";
        }
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
            return null;
        }
        Class<?> type = f.getType();
        if (f.isAnnotationPresent(PersistenceContext.class) || EntityManager.class.isAssignableFrom(type)) {
            return "an EntityManager";
        }
        if (f.isAnnotationPresent(Inject.class)) {
            if (normalScoped(type) || type.isInterface() || Serializable.class.isAssignableFrom(type)) {
                return null;
            }
            return "injects a @Dependent bean that is not Serializable: " + type.getName();
        }
        String bad = badType(type);
        if (bad != null) {
            return bad;
        }
        Type generic = f.getGenericType();
        if (generic instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                if (arg instanceof Class<?> a) {
                    String badArg = badType(a);
                    if (badArg != null) {
                        return "holds " + badArg;
                    }
                }
            }
        }
        return null;
    }

    static String badType(Class<?> type) {
        return badType(type, new java.util.HashSet<>());
    }

    static String badType(Class<?> type, java.util.Set<Class<?>> seen) {
        // Object (message arguments): what it holds is checked when the fresh instance is serialized
        if (type.isPrimitive() || type.isEnum() || type == Object.class || !seen.add(type)) {
            return null;
        }
        if (type.isRecord()) {
            // a record's components travel with it: check them too (List<Row> where Row holds an entity)
            for (var rc : type.getRecordComponents()) {
                String bad = badType(rc.getType(), seen);
                if (bad == null && rc.getGenericType() instanceof ParameterizedType p) {
                    for (Type arg : p.getActualTypeArguments()) {
                        if (arg instanceof Class<?> a && (bad = badType(a, seen)) != null) {
                            break;
                        }
                    }
                }
                if (bad != null) {
                    return type.getSimpleName() + "." + rc.getName() + " is " + bad;
                }
            }
        }
        if (type.isArray()) {
            return badType(type.getComponentType(), seen);
        }
        if (type.isAnnotationPresent(Entity.class)) {
            return "an entity (" + type.getSimpleName() + "): keep ids or small records in the session";
        }
        if (!type.isRecord() && !type.isInterface() && type.getName().startsWith("id.sirakor.")) {
            // a class of ours (a row, a form): what its fields hold travels with it, like a record's
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                        continue;
                    }
                    String bad = badType(f.getType(), seen);
                    if (bad == null && f.getGenericType() instanceof ParameterizedType p) {
                        for (Type arg : p.getActualTypeArguments()) {
                            if (arg instanceof Class<?> a && (bad = badType(a, seen)) != null) {
                                break;
                            }
                        }
                    }
                    if (bad != null) {
                        return type.getSimpleName() + "." + f.getName() + " is " + bad;
                    }
                }
            }
        }
        for (Class<?> forbidden : List.of(java.io.InputStream.class, java.io.OutputStream.class, java.io.Reader.class,
                java.io.Writer.class, java.sql.Connection.class, java.util.stream.BaseStream.class, Thread.class)) {
            if (forbidden.isAssignableFrom(type)) {
                return "a " + forbidden.getSimpleName();
            }
        }
        if (type.isInterface()) {
            // collection and map interfaces: the implementations used (ArrayList, HashMap, List.of…) serialize;
            // other interfaces must promise Serializable themselves
            if (type.getName().startsWith("java.util.") || Serializable.class.isAssignableFrom(type)) {
                return null;
            }
            return "an interface that is not Serializable: " + type.getName();
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            return "not Serializable: " + type.getName();
        }
        return null;
    }

    static boolean normalScoped(Class<?> type) {
        for (Class<? extends Annotation> scope : List.of(ApplicationScoped.class, RequestScoped.class,
                SessionScoped.class, ConversationScoped.class, ViewScoped.class)) {
            if (type.isAnnotationPresent(scope)) {
                return true;
            }
        }
        return false;
    }

    static List<Class<?>> beans() throws Exception {
        Path root = Path.of(id.sirakor.platform.storage.FileStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$") || !name.startsWith("id.sirakor.")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
