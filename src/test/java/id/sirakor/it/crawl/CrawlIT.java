package id.sirakor.it.crawl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.Deployments;
import id.sirakor.it.TestMail;
import id.sirakor.it.browser.Browser;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The crawl of every page as every demo account, on the managed WildFly with MariaDB (the
 * production-like path): each page once per account, without its dialogs and download buttons.
 * {@link BootableJarIT} runs the deep crawl (three addresses per page, every dialog and download) on
 * the README's own path, where lazy loading and H2 differ; the other ITs cover MariaDB in depth.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrawlIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageOfEveryAccountOpensWithoutAnErrorOnMariaDb() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
        List<String> problems;
        try (TestMail mail = new TestMail()) { // the participant the crawl registers gets their mail
            problems = crawlAll(base.toString(), log, "mariadb", false);
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * Crawls as nobody and as each demo account, two accounts at a time (each in its own browser: the
     * server renders one page while the other browser lays out another); returns the problems of all
     * and prints what was seen. {@code deep}: also every dialog and download button, and three
     * addresses of each page instead of one.
     */
    static List<String> crawlAll(String base, Path serverLog, String label, boolean deep) throws Exception {
        Path downloads = Files.createDirectories(Path.of("target", "crawl-downloads", label));
        ServerLog log = new ServerLog(serverLog);
        List<String> accounts = new ArrayList<>();
        accounts.add(null);
        accounts.addAll(DemoAccounts.ALL);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Crawler.Report>> runs = new ArrayList<>();
        try {
            for (String user : accounts) {
                runs.add(pool.submit(() -> {
                    Path mine = Files.createDirectories(downloads.resolve(user == null ? "anonymous" : user));
                    try (Browser b = new Browser(base, mine)) {
                        return new Crawler(b, log, mine, deep ? Crawler.PER_PAGE : 1, deep).crawl(user, DemoAccounts.PASSWORD);
                    }
                }));
            }
            List<String> problems = new ArrayList<>();
            int pages = 0;
            int dialogs = 0;
            for (int i = 0; i < runs.size(); i++) {
                Crawler.Report r = runs.get(i).get();
                System.out.printf("[crawl %s] %-26s %3d pages, %2d dialogs, %2d downloads, %d problems%n", label, r.who(),
                        r.pages().size(), r.dialogs(), r.downloads(), r.problems().size());
                pages += r.pages().size();
                dialogs += r.dialogs();
                problems.addAll(r.problems());
                assertTrue(r.pages().size() >= (accounts.get(i) == null ? 3 : 2), r.who() + " reached too few pages: " + r.pages());
            }
            assertTrue(pages > 60, "the crawl reached " + pages + " pages in all");
            // a deep crawl that finds no dialog to open has lost its way of finding them (it did once,
            // when PrimeFaces' CSP mode moved the handlers out of the onclick attributes)
            assertTrue(!deep || dialogs >= 10, "the deep crawl opened " + dialogs + " dialogs in all");
            return problems;
        } finally {
            pool.shutdownNow();
        }
    }
}
