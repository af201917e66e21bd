package id.sirakor.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static AuditEntry entry(String prev, String summary) {
        return new AuditEntry("main", 1, Instant.parse("2026-11-23T01:02:03.123456Z"), "admin", 1L, "unit.update",
                "OrgUnit", "7", 7L, summary, "{\"name\":\"A\"}", "{\"name\":\"B\"}", "127.0.0.1", prev);
    }

    @Test
    void hashIsSha256OfPreviousHashAndCanonicalContent() throws Exception {
        AuditEntry e = entry(AuditEntry.GENESIS, "renamed");
        var md = java.security.MessageDigest.getInstance("SHA-256");
        md.update((AuditEntry.GENESIS + "\n" + e.canonicalContent()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(md.digest()), e.getHash());
        assertEquals(64, e.getHash().length());
    }

    @Test
    void anyChangeOfContentOrPredecessorChangesTheHash() {
        AuditEntry a = entry(AuditEntry.GENESIS, "renamed");
        assertNotEquals(a.getHash(), entry(AuditEntry.GENESIS, "renamed!").getHash());
        assertNotEquals(a.getHash(), entry("1".repeat(64), "renamed").getHash());
        assertEquals(a.getHash(), entry(AuditEntry.GENESIS, "renamed").getHash());
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", 1);
        m.put("a", "x\"y\n");
        m.put("m", List.of(true, 2L));
        m.put("n", null);
        assertEquals("{\"a\":\"x\\\"y\\n\",\"m\":[true,2],\"n\":null,\"z\":1}", CanonicalJson.write(m));
        assertTrue(CanonicalJson.write(Map.of("k", "\u0001")).contains("\\u0001"));
    }
}
