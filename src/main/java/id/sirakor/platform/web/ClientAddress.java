package id.sirakor.platform.web;

import id.sirakor.platform.config.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address as rate limits and the login audit see it: the peer's address, or, when the
 * peer is one of the trusted reverse proxies (SIRAKOR_TRUSTED_PROXIES, comma-separated addresses),
 * the right-most address of X-Forwarded-For that is not itself a trusted proxy. Without trusted
 * proxies the header is ignored: anyone can write it.
 */
public final class ClientAddress {

    private static volatile String configured;
    private static volatile Set<String> trusted = Set.of();

    private ClientAddress() {
    }

    public static String of(HttpServletRequest req) {
        return resolve(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"), trusted());
    }

    static String resolve(String peer, String forwardedFor, Set<String> trusted) {
        if (peer == null || !trusted.contains(peer) || forwardedFor == null || forwardedFor.length() > 1000) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!plausible(hop)) {
                return peer;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** An IPv4 or IPv6 literal's characters and length: a header value never reaches a log or a key otherwise. */
    static boolean plausible(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    public static Set<String> trusted() {
        String now = Settings.get("sirakor.trusted.proxies", "SIRAKOR_TRUSTED_PROXIES", "");
        if (!now.equals(configured)) {
            trusted = Arrays.stream(now.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
            configured = now;
        }
        return trusted;
    }
}
