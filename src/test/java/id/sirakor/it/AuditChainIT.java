package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.audit.AuditEntry;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.audit.AuditVerifier;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hash-chained audit log on real MariaDB: concurrent writers, tampering, rollback. */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(AuditChainIT.class, TestData.class);
    }

    @Inject
    AuditLog audit;

    @Inject
    AuditVerifier verifier;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/SirakorDS")
    DataSource ds;

    private void append(String summary) throws Exception {
        tx.begin();
        try {
            audit.record("test.append", "Test", summary, null, summary, Map.of("n", 1), Map.of("n", 2));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    @Test
    void concurrentWritersBuildOneUnbrokenChain() throws Exception {
        long before = verifier.verify(AuditLog.MAIN_CHAIN).checked();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit((Callable<Void>) () -> {
                ready.countDown();
                go.await(); // every writer starts at the same moment: they contend for the chain head
                for (int i = 0; i < each; i++) {
                    append("t" + thread + "-" + i);
                }
                return null;
            }));
        }
        assertTrue(ready.await(30, java.util.concurrent.TimeUnit.SECONDS), "all writers ready");
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        AuditVerifier.Report r = verifier.verify(AuditLog.MAIN_CHAIN);
        assertTrue(r.intact(), () -> "chain broken: " + r);
        assertEquals(before + threads * each, r.checked());
        Long distinct = em.createQuery("select count(distinct a.seq) from AuditEntry a where a.chain = 'main'", Long.class)
                .getSingleResult();
        assertEquals(r.checked(), distinct.longValue(), "no sequence number used twice");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRowAndNoGap() throws Exception {
        long before = verifier.verify(AuditLog.MAIN_CHAIN).checked();
        tx.begin();
        audit.record("test.rollback", "Test", "x", null, "rolled back", null, null);
        tx.rollback();
        append("after rollback");
        AuditVerifier.Report r = verifier.verify(AuditLog.MAIN_CHAIN);
        assertTrue(r.intact(), () -> "chain broken: " + r);
        assertEquals(before + 1, r.checked());
    }

    @Test
    void editingOrDeletingARowIsDetectedAtThatRow() throws Exception {
        append("to be tampered");
        AuditEntry victim = em.createQuery("select a from AuditEntry a where a.summary = 'to be tampered'", AuditEntry.class)
                .getSingleResult();
        append("after the victim");
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET summary = 'innocent' WHERE id = " + victim.getId());
        }
        AuditVerifier.Report edited = verifier.verify(AuditLog.MAIN_CHAIN);
        assertFalse(edited.intact());
        assertEquals(victim.getSeq(), edited.brokenAtSeq());
        assertEquals("content", edited.problem());

        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET summary = 'to be tampered' WHERE id = " + victim.getId());
        }
        assertTrue(verifier.verify(AuditLog.MAIN_CHAIN).intact(), "restoring the content restores the chain");

        // Deleting a row is detected at the missing sequence number; putting it back heals the chain.
        java.util.Map<String, Object> saved = new java.util.LinkedHashMap<>();
        try (var c = ds.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT * FROM audit_entry WHERE id = " + victim.getId())) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                saved.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
            s.executeUpdate("DELETE FROM audit_entry WHERE id = " + victim.getId());
        }
        AuditVerifier.Report deleted = verifier.verify(AuditLog.MAIN_CHAIN);
        assertFalse(deleted.intact());
        assertEquals(victim.getSeq(), deleted.brokenAtSeq());
        assertEquals("missing", deleted.problem());
        String columns = String.join(",", saved.keySet());
        String marks = String.join(",", java.util.Collections.nCopies(saved.size(), "?"));
        try (var c = ds.getConnection();
             var ps = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object v : saved.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        }
        assertTrue(verifier.verify(AuditLog.MAIN_CHAIN).intact());
    }

    /**
     * A row slipped in at the end with a correct hash (whoever forged it knew the algorithm) does
     * not match the chain head; cutting the last row off does not either. The endpoint and its
     * role rule are read over HTTP, as an operator would.
     */
    @Test
    void anInsertedRowOrACutEndIsDetectedAndTheEndpointSaysSo() throws Exception {
        append("last before forgery");
        AuditEntry last = em.createQuery("select a from AuditEntry a where a.chain = 'main' order by a.seq desc", AuditEntry.class)
                .setMaxResults(1).getSingleResult();
        var admin = new ApiClient(base, TestData.jdbcTokenInContainer(ds, "admin"));
        var sekretariat = new ApiClient(base, TestData.jdbcTokenInContainer(ds, "sumbar.sekretariat"));
        var intact = admin.get("/api/v1/audit/verify");
        assertEquals(200, intact.status(), intact.body());
        assertTrue(intact.object().getBoolean("intact"), intact.body());
        assertEquals(403, sekretariat.get("/api/v1/audit/verify").status(), "the audit log is for ADMIN");

        // forge: a well-formed row after the last one, the head left alone
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT * FROM audit_entry WHERE id = " + last.getId())) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i).toLowerCase(), rs.getObject(i));
            }
        }
        row.remove("id");
        row.put("seq", last.getSeq() + 1);
        row.put("prev_hash", last.getHash());
        row.put("summary", "forged");
        String columns = String.join(",", row.keySet());
        String marks = String.join(",", java.util.Collections.nCopies(row.size(), "?"));
        long forgedId;
        try (var c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            for (Object v : row.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                forgedId = keys.getLong(1);
            }
        }
        try {
            AuditVerifier.Report inserted = verifier.verify(AuditLog.MAIN_CHAIN);
            assertFalse(inserted.intact(), "an inserted row is detected");
            var reported = admin.get("/api/v1/audit/verify").object();
            assertFalse(reported.getBoolean("intact"));
            assertEquals(last.getSeq() + 1, reported.getJsonNumber("brokenAtSeq").longValue(), reported.toString());
        } finally {
            try (var c = ds.getConnection(); var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM audit_entry WHERE id = " + forgedId);
            }
        }
        assertTrue(verifier.verify(AuditLog.MAIN_CHAIN).intact(), "the forged row removed, the chain is whole again");

        // cut the end: the last row deleted, the head still names it
        java.util.Map<String, Object> saved = new java.util.LinkedHashMap<>();
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT * FROM audit_entry WHERE id = " + last.getId())) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                saved.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
            st.executeUpdate("DELETE FROM audit_entry WHERE id = " + last.getId());
        }
        try {
            AuditVerifier.Report cut = verifier.verify(AuditLog.MAIN_CHAIN);
            assertFalse(cut.intact(), "a cut end is detected");
            assertEquals("head", cut.problem());
            assertEquals(last.getSeq(), cut.brokenAtSeq());
        } finally {
            String cols = String.join(",", saved.keySet());
            String qs = String.join(",", java.util.Collections.nCopies(saved.size(), "?"));
            try (var c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO audit_entry (" + cols + ") VALUES (" + qs + ")")) {
                int i = 1;
                for (Object v : saved.values()) {
                    ps.setObject(i++, v);
                }
                ps.executeUpdate();
            }
        }
        assertTrue(verifier.verify(AuditLog.MAIN_CHAIN).intact());
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;
}
