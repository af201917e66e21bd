package id.sirakor.it.crawl;

import id.sirakor.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Opens every page a person can reach by clicking, as that person: the menu, every link inside
 * the pages (detail pages of the records listed), every dialog a button opens, every download
 * (letters, tickets, Excel, .ics, materials). On each it looks for what a person must never see:
 * the error page, a "not found" or "forbidden" page reached from a link the page itself offered,
 * a {@code ??key??}, and an incident or error in the server's log. New pages are found through
 * the links to them, without a test of their own.
 *
 * <p>Bounded so it stays fast: at most {@code perPage} addresses of one page (three events, not
 * all of them) and, when {@code deep}, dialogs and downloads on the first address of each page.
 */
final class Crawler {

    static final int PER_PAGE = 3;

    private final int perPage;
    private final boolean deep;
    static final int MAX_PAGES = 80;

    private final Browser b;
    private final ServerLog log;
    private final Path downloads;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> seenPerPage = new HashMap<>();
    private final Set<String> visited = new LinkedHashSet<>();
    private final Set<String> pagesWithDialogsOpened = new LinkedHashSet<>();
    private int downloadsChecked;
    private int dialogsOpened;
    private String who = "anonymous";

    Crawler(Browser b, ServerLog log, Path downloads) {
        this(b, log, downloads, PER_PAGE, true);
    }

    Crawler(Browser b, ServerLog log, Path downloads, int perPage, boolean deep) {
        this.perPage = perPage;
        this.deep = deep;
        this.b = b;
        this.log = log;
        this.downloads = downloads;
    }

    record Report(String who, List<String> pages, int dialogs, int downloads, List<String> problems) {
    }

    /** Logs in as {@code user} (null: nobody) and crawls from the dashboard (or the home page). */
    Report crawl(String user, String password) {
        who = user == null ? "anonymous" : user;
        log.problemsSinceLastLook();
        b.driver().manage().deleteAllCookies();
        if (user != null) {
            b.open("/login.xhtml");
            b.type("#username", user);
            b.type("#password", password);
            b.click("#submit");
            b.waitFor("#dashboard-title");
        }
        Deque<String> queue = new ArrayDeque<>();
        queue.add(user == null ? "/" : "/manage/dashboard.xhtml");
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            visit(url, queue);
        }
        if (user == null) {
            registerAndOpenThePersonalPage();
        }
        return new Report(who, List.copyOf(visited), dialogsOpened, downloadsChecked, List.copyOf(problems));
    }

    private void visit(String url, Deque<String> queue) {
        b.open(url);
        settle();
        String page = pageOf(url);
        if (!check(url)) {
            return;
        }
        for (String link : links()) {
            String kind = pageOf(link);
            if (visited.contains(link) || queue.contains(link)) {
                continue;
            }
            if (isFile(link)) {
                fetch(link);
                visited.add(link);
                continue;
            }
            int seen = seenPerPage.getOrDefault(kind, 0);
            if (seen < perPage) {
                seenPerPage.put(kind, seen + 1);
                queue.add(link);
            }
        }
        if (deep && pagesWithDialogsOpened.add(page)) {
            openDialogs(url);
            clickDownloads(url);
        }
    }

    /** No error page, no "not found"/"forbidden" reached from a link, no missing text, nothing in the log. */
    private boolean check(String url) {
        String current = b.driver().getCurrentUrl();
        boolean ok = true;
        if (current.contains("/error.xhtml")) {
            problem(url, "the error page: " + text("main"));
            ok = false;
        } else if (b.present(".error-card")) {
            problem(url, "an error card (not found / forbidden) from a link the page itself offered: " + text(".error-card"));
            ok = false;
        } else if (b.present("#login") && !url.contains("login")) {
            problem(url, "sent to the login page");
            ok = false;
        }
        String source = b.driver().getPageSource();
        int missing = source.indexOf("??");
        if (missing >= 0) {
            problem(url, "a missing text key: …" + source.substring(Math.max(0, missing - 60), Math.min(source.length(), missing + 60)) + "…");
        }
        for (String refused : b.policyViolations()) {
            problem(url, "refused by the Content-Security-Policy: " + refused);
        }
        for (String line : log.problemsSinceLastLook()) {
            problem(url, "server log: " + line);
            ok = false;
        }
        return ok;
    }

    /** Every button that opens a dialog (its script shows a widget): opened, looked at, closed. */
    private void openDialogs(String url) {
        // ids read in one script: a page that refreshes itself (live counts) replaces elements between two calls
        @SuppressWarnings("unchecked")
        // with PrimeFaces' CSP mode (ADR 0069) a handler is not an onclick attribute but a
        // PrimeFaces.csp.register('id','onclick',function(event){…}) in the page's nonce'd script
        List<String> openers = (List<String>) b.js("var ids = Array.from(document.querySelectorAll(\"button[onclick*='.show()'], a[onclick*='.show()']\")).map(e => e.id);"
                + "document.querySelectorAll('script').forEach(function (s) {"
                + "  s.textContent.split('PrimeFaces.csp.register(').slice(1).forEach(function (chunk) {"
                + "    var m = /^'([^']+)','onclick'/.exec(chunk); if (m && chunk.indexOf('.show()') >= 0) { ids.push(m[1]); } }); });"
                + "return ids.filter(function (id) { var e = id && document.getElementById(id); return e && e.offsetParent !== null; });");
        for (String id : openers.stream().distinct().limit(8).toList()) {
            boolean clicked = false;
            for (int attempt = 0; attempt < 3 && !clicked; attempt++) {
                List<WebElement> found = b.driver().findElements(By.id(id));
                try {
                    if (found.isEmpty() || !found.get(0).isDisplayed()) {
                        break;
                    }
                    b.js("arguments[0].scrollIntoView({block:'center'})", found.get(0));
                    found.get(0).click();
                    clicked = true;
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    // refreshed under us: find it again
                } catch (RuntimeException e) {
                    problem(url, "cannot click " + id + ": " + e.getClass().getSimpleName());
                    break;
                }
            }
            if (!clicked) {
                continue;
            }
            settle();
            dialogsOpened++;
            check(url + " [dialog of " + id + "]");
            b.js("for (var w in PrimeFaces.widgets) { var x = PrimeFaces.widgets[w];"
                    + " if (x && x.jq && x.jq.hasClass && (x.jq.hasClass('ui-dialog') || x.jq.hasClass('ui-overlaypanel')) && x.hide) { x.hide(); } }");
            settle();
        }
    }

    /** The page's p:fileDownload buttons (marked "download"): each must deliver a file, not an error page. */
    private void clickDownloads(String url) {
        List<WebElement> buttons = b.driver().findElements(By.cssSelector(".download"));
        int clicked = 0;
        for (int i = 0; i < buttons.size() && clicked < 2; i++) {
            List<WebElement> now = b.driver().findElements(By.cssSelector(".download"));
            if (i >= now.size() || !now.get(i).isDisplayed()) {
                continue;
            }
            Set<String> before = files();
            now.get(i).click();
            clicked++;
            String file = waitForNewFile(before);
            if (file == null) {
                problem(url, "a download button gave no file: " + now.get(i).getText());
            } else {
                downloadsChecked++;
            }
            if (b.driver().getCurrentUrl().contains("/error.xhtml")) {
                problem(url, "a download ended on the error page");
                b.open(url);
            }
            settle();
            check(url + " [download]");
        }
    }

    /** A plain link to a file (.ics, .pdf, .xlsx, a material): fetched with the browser's session. */
    private void fetch(String link) {
        try {
            String cookie = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .reduce((x, y) -> x + "; " + y).orElse("");
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(b.base() + link))
                    .header("Cookie", cookie).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length == 0) {
                problem(link, "a file link answers " + r.statusCode());
            } else {
                downloadsChecked++;
            }
        } catch (Exception e) {
            problem(link, "a file link fails: " + e);
        }
        for (String line : log.problemsSinceLastLook()) {
            problem(link, "server log: " + line);
        }
    }

    /**
     * What a participant does first: registers for the coming event from its public page, lands on
     * the personal page and downloads the ticket.
     */
    private void registerAndOpenThePersonalPage() {
        b.open("/");
        settle();
        List<WebElement> cards = b.driver().findElements(By.cssSelector("#public-events a.event-card"));
        if (cards.isEmpty()) {
            problem("/", "no event open for registration on the home page");
            return;
        }
        cards.get(0).click();
        settle();
        if (!b.present("#pe-register")) {
            problem(b.driver().getCurrentUrl(), "the coming event offers no registration");
            return;
        }
        b.click("#pe-register");
        b.waitFor("#reg\\:name");
        long n = System.nanoTime() % 900 + 100;
        b.type("#reg\\:name", "Peserta Jelajah " + n);
        b.type("#reg\\:idNumber", "19850412 201001 1 " + n);
        if (b.present("#reg\\:institutionName_input")) {
            b.type("#reg\\:institutionName_input", "Dinas Penjelajah " + n);
            b.el("#reg\\:institutionName_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        }
        b.type("#reg\\:phone", "0812 7700 " + (1000 + n));
        b.type("#reg\\:email", "jelajah" + n + "@contoh.go.id");
        b.click("#reg\\:consent .ui-chkbox-box");
        b.click("#reg\\:submit");
        b.waitFor("#reg-status");
        String personal = b.driver().getCurrentUrl().replace(b.base(), "");
        visited.add(personal.replaceAll("t=[^&]+", "t=…"));
        if (check(personal)) {
            clickDownloads(personal);
        }
    }

    private List<String> links() {
        List<String> out = new ArrayList<>();
        Object hrefs = b.js("return Array.from(document.querySelectorAll('a[href]')).filter(function(a){ return a.offsetParent !== null"
                + " || a.closest('.ui-tabs-panel'); }).map(function(a){ return a.getAttribute('href'); });");
        if (!(hrefs instanceof List<?> list)) {
            return out;
        }
        for (Object o : list) {
            String h = normalise(String.valueOf(o));
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    /** Same-site paths worth visiting; null for the rest (outside links, logout, anchors, mail). */
    private String normalise(String href) {
        String h = href.trim();
        if (h.startsWith(b.base())) {
            h = h.substring(b.base().length());
        }
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("mailto:") || h.startsWith("tel:") || h.startsWith("javascript:")
                || h.startsWith("http://") || h.startsWith("https://") || h.startsWith("//")) {
            return null;
        }
        int hash = h.indexOf('#');
        if (hash >= 0) {
            h = h.substring(0, hash);
        }
        if (h.contains("logout") || h.startsWith("/login.xhtml") || h.contains("lang=") || h.startsWith("/jakarta.faces.resource")
                || h.startsWith("/webjars") || h.startsWith("/resources/")) {
            return null;
        }
        if (h.startsWith("/api/v1/") && !isFile(h) && !h.equals("/api/v1/openapi.json")) {
            return null;
        }
        return h.startsWith("/") ? h : "/" + h;
    }

    private static boolean isFile(String link) {
        return link.startsWith("/api/v1/") || link.endsWith(".ics") || link.endsWith(".pdf") || link.endsWith(".xlsx");
    }

    /** The page an address shows: its path without the query ("/manage/event.xhtml"). */
    private static String pageOf(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private void settle() {
        try {
            b.ajaxDone();
        } catch (RuntimeException e) {
            // a page without PrimeFaces (a file, the API document) has no queue to wait for
        }
    }

    private Set<String> files() {
        try (Stream<Path> s = Files.list(downloads)) {
            return new LinkedHashSet<>(s.map(p -> p.getFileName().toString()).toList());
        } catch (java.io.IOException e) {
            return Set.of();
        }
    }

    private String waitForNewFile(Set<String> before) {
        long until = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < until) {
            for (String f : files()) {
                if (!before.contains(f) && !f.endsWith(".crdownload") && !f.endsWith(".tmp")) {
                    return f;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private String text(String css) {
        try {
            String t = b.driver().findElement(By.cssSelector(css)).getText();
            return t.length() > 200 ? t.substring(0, 200) + "…" : t;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void problem(String url, String what) {
        problems.add(who + " at " + url + ": " + what);
    }
}
