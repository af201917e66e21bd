package id.sirakor.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.web.RateLimits.Bucket;
import id.sirakor.platform.web.RateLimits.Limit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    final AtomicLong now = new AtomicLong(1_000_000);
    final RateLimits limits = new RateLimits(now::get);
    final Limit three = new Limit(3, 60);

    @Test
    void theLimitCountBlocksUntilTheOldestLeavesTheWindow() {
        limits.hit(Bucket.LOGIN, "203.0.113.5", three);
        now.addAndGet(10_000);
        limits.hit(Bucket.LOGIN, "203.0.113.5", three);
        assertEquals(0, limits.retryAfter(Bucket.LOGIN, "203.0.113.5", three), "two of three: still allowed");
        limits.hit(Bucket.LOGIN, "203.0.113.5", three);
        // the first hit was 10 s before the third: it leaves the 60 s window 50 s from now
        assertEquals(50, limits.retryAfter(Bucket.LOGIN, "203.0.113.5", three));
        assertEquals(0, limits.retryAfter(Bucket.LOGIN, "203.0.113.6", three), "another client is not affected");
        assertEquals(0, limits.retryAfter(Bucket.LINK, "203.0.113.5", three), "another bucket is not affected");
        now.addAndGet(49_500);
        assertEquals(1, limits.retryAfter(Bucket.LOGIN, "203.0.113.5", three), "half a second left rounds up to one");
        now.addAndGet(500);
        assertEquals(0, limits.retryAfter(Bucket.LOGIN, "203.0.113.5", three));
    }

    @Test
    void memoryStaysBoundedUnderManyClients() {
        Limit one = new Limit(1, 1);
        for (int i = 0; i < RateLimits.MAX_KEYS + 5_000; i++) {
            limits.hit(Bucket.LINK, "10.0." + (i >> 8) + "." + (i & 255), one);
        }
        assertTrue(limits.tracked(Bucket.LINK) <= RateLimits.MAX_KEYS, "tracked " + limits.tracked(Bucket.LINK));
    }

    @Test
    void forwardedAddressesAreBelievedOnlyFromTrustedProxies() {
        Set<String> proxies = Set.of("10.0.0.2", "10.0.0.3");
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", "203.0.113.1", proxies), "untrusted peer: header ignored");
        assertEquals("203.0.113.1", ClientAddress.resolve("10.0.0.2", "203.0.113.1", proxies));
        assertEquals("203.0.113.1", ClientAddress.resolve("10.0.0.2", "192.0.2.99, 203.0.113.1, 10.0.0.3", proxies),
                "the right-most address that is not a proxy: a client can prepend anything");
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "<script>", proxies), "garbage: the peer");
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", null, proxies));
    }
}
