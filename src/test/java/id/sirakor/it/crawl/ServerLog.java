package id.sirakor.it.crawl;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server's log read as it grows, to catch what a page hides: an incident (a 500 turned into
 * the error page), an exception logged on the way. {@link #problemsSinceLastLook()} returns the
 * lines written since the last call that are incidents or errors. Shared by the crawlers that run
 * at the same time: a line is reported once, by the crawler that looks first.
 */
final class ServerLog {

    /**
     * Incidents and lines logged as errors (with the exceptions they name); a warning (a mail that
     * could not be delivered, a retry) is not a problem of the page that was open meanwhile.
     */
    private static final Pattern PROBLEM = Pattern.compile(
            "id\\.sirakor\\.incident|\\bERROR\\b|\\bSEVERE\\b|LazyInitializationException|\\?\\?[a-zA-Z.]+\\?\\?");
    /** Known, harmless lines (documented where they come from). */
    private static final Pattern IGNORED = Pattern.compile(
            // Chromium closes keep-alive connections at the end of a test: Undertow logs the reset at DEBUG/ERROR in some versions
            "UT005023|UT005090|Broken pipe|Connection reset by peer"
                    // the test harness itself deploys and undeploys
                    + "|WFLYCTL0013|WFLYSRV0028");

    private final Path file;
    private long position;

    ServerLog(Path file) {
        this.file = file;
        this.position = size();
    }

    private long size() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Problem lines written since the last look (or since this object was made). */
    synchronized List<String> problemsSinceLastLook() {
        List<String> out = new ArrayList<>();
        long end = size();
        if (end < position) {
            position = 0; // the log was rotated
        }
        if (end == position) {
            return out;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(position);
            byte[] buf = new byte[(int) Math.min(end - position, 8_000_000)];
            raf.readFully(buf);
            position = end;
            for (String line : new String(buf, StandardCharsets.UTF_8).split("\n")) {
                if (PROBLEM.matcher(line).find() && !IGNORED.matcher(line).find() && !line.trim().startsWith("at ")) {
                    out.add(line.length() > 400 ? line.substring(0, 400) + "…" : line);
                }
            }
        } catch (IOException e) {
            out.add("cannot read " + file + ": " + e);
        }
        return out;
    }
}
