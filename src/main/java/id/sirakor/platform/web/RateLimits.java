package id.sirakor.platform.web;

import id.sirakor.platform.config.Settings;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Sliding-window counters per client address and bucket: login failures, wrong one-time codes,
 * personal links that don't exist, and registrations. A client over a bucket's limit waits until
 * its oldest counted request leaves the window; {@link #retryAfter} says how many seconds.
 * The counters live in this node's memory (ADR 0067): on a cluster each node counts its own share,
 * so a client gets at most nodes × limit — the account lockout (5 wrong passwords) and the
 * per-signer code lock are in the database and hold across nodes.
 * Limits: SIRAKOR_RATELIMIT_&lt;BUCKET&gt; = "count/seconds"; SIRAKOR_RATELIMIT_EXEMPT = addresses
 * never limited (a monitoring probe, a load generator).
 */
public final class RateLimits {

    public enum Bucket {
        /** failed logins (form and API token) */
        LOGIN(30, 300),
        /** wrong one-time codes on signing pages */
        CODE(20, 600),
        /** personal links (registration, invitation, signing) that do not exist */
        LINK(60, 300),
        /** registrations sent (form or API) */
        REGISTRATION(300, 60);

        final int defaultLimit;
        final int defaultWindowSeconds;

        Bucket(int limit, int windowSeconds) {
            this.defaultLimit = limit;
            this.defaultWindowSeconds = windowSeconds;
        }
    }

    /** At most this many clients tracked per bucket; beyond it the stale ones are dropped first. */
    static final int MAX_KEYS = 50_000;

    private static final RateLimits INSTANCE = new RateLimits(System::currentTimeMillis);

    private final LongSupplier millis;
    private final Map<Bucket, Map<String, ArrayDeque<Long>>> hits = new ConcurrentHashMap<>();

    RateLimits(LongSupplier millis) {
        this.millis = millis;
    }

    public static RateLimits get() {
        return INSTANCE;
    }

    public record Limit(int count, int windowSeconds) {
    }

    public static Limit limit(Bucket b) {
        String v = Settings.get("sirakor.ratelimit." + b.name().toLowerCase(), "SIRAKOR_RATELIMIT_" + b.name(), "");
        int slash = v.indexOf('/');
        if (slash > 0) {
            try {
                int n = Integer.parseInt(v.substring(0, slash).strip());
                int s = Integer.parseInt(v.substring(slash + 1).strip());
                if (n > 0 && s > 0) {
                    return new Limit(n, s);
                }
            } catch (NumberFormatException ignored) {
                // fall back to the default
            }
        }
        return new Limit(b.defaultLimit, b.defaultWindowSeconds);
    }

    public static boolean exempt(String client) {
        String v = Settings.get("sirakor.ratelimit.exempt", "SIRAKOR_RATELIMIT_EXEMPT", "");
        if (v.isEmpty() || client == null) {
            return false;
        }
        Set<String> all = Arrays.stream(v.split(",")).map(String::strip).collect(Collectors.toSet());
        return all.contains(client);
    }

    /** Seconds until the client may try again in this bucket, or 0 when it may now. */
    public long retryAfter(Bucket b, String client) {
        return retryAfter(b, client, limit(b));
    }

    long retryAfter(Bucket b, String client, Limit limit) {
        ArrayDeque<Long> q = bucket(b).get(client);
        if (q == null) {
            return 0;
        }
        long now = millis.getAsLong();
        synchronized (q) {
            prune(q, now, limit);
            if (q.size() < limit.count()) {
                return 0;
            }
            long freeAt = q.peekFirst() + limit.windowSeconds() * 1000L;
            return Math.max(1, (freeAt - now + 999) / 1000);
        }
    }

    /** Counts one request of the client in the bucket. */
    public void hit(Bucket b, String client) {
        hit(b, client, limit(b));
    }

    void hit(Bucket b, String client, Limit limit) {
        if (client == null) {
            return;
        }
        Map<String, ArrayDeque<Long>> m = bucket(b);
        if (m.size() >= MAX_KEYS && !m.containsKey(client)) {
            evictStale(m, limit);
        }
        ArrayDeque<Long> q = m.computeIfAbsent(client, k -> new ArrayDeque<>());
        long now = millis.getAsLong();
        synchronized (q) {
            prune(q, now, limit);
            q.addLast(now);
            while (q.size() > limit.count()) {
                q.pollFirst();
            }
        }
    }

    private Map<String, ArrayDeque<Long>> bucket(Bucket b) {
        return hits.computeIfAbsent(b, k -> new ConcurrentHashMap<>());
    }

    private static void prune(ArrayDeque<Long> q, long now, Limit limit) {
        long from = now - limit.windowSeconds() * 1000L;
        while (!q.isEmpty() && q.peekFirst() <= from) {
            q.pollFirst();
        }
    }

    private void evictStale(Map<String, ArrayDeque<Long>> m, Limit limit) {
        long now = millis.getAsLong();
        m.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now, limit);
                return e.getValue().isEmpty();
            }
        });
        if (m.size() >= MAX_KEYS) {
            // still full of active clients: forget an arbitrary tenth rather than grow without bound
            int drop = MAX_KEYS / 10;
            var it = m.keySet().iterator();
            while (drop-- > 0 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
    }

    int tracked(Bucket b) {
        return bucket(b).size();
    }
}
