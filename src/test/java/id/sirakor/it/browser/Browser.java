package id.sirakor.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with the flags this kind of machine needs. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path userData;

    public Browser(String base) {
        this(base, null);
    }

    /** A browser that saves downloads (p:fileDownload, links to files) into {@code downloads}. */
    public Browser(String base, Path downloads) {
        try {
            this.userData = Files.createTempDirectory("sirakor-chrome");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ChromeOptions o = new ChromeOptions();
        o.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + userData, "--window-size=1280,900", "--lang=en-US");
        if (downloads != null) {
            o.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false));
        }
        // the browser's console, to read Content-Security-Policy violations (policyViolations)
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        this.driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String base() {
        return base;
    }

    public WebElement el(String css) {
        return waitFor(css);
    }

    /**
     * A wait that locates its element again on every poll and takes a node that PrimeFaces replaced
     * during an AJAX update (stale, or "Node with given id does not belong to the document") as
     * "not yet", never as a failure: the next poll finds the new node.
     */
    private WebDriverWait await() {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(20));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        w.ignoring(org.openqa.selenium.NoSuchElementException.class);
        w.ignoring(org.openqa.selenium.JavascriptException.class);
        return w;
    }

    public WebElement waitFor(String css) {
        return await().until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }

    public void waitForText(String css, String text) {
        await().withMessage(() -> "text \"" + text + "\" in " + css + "; it shows: " + textNow(css))
                .until(d -> d.findElement(By.cssSelector(css)).getText().contains(text));
    }

    private String textNow(String css) {
        try {
            return driver.findElement(By.cssSelector(css)).getText();
        } catch (RuntimeException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The element's text; a self-refreshing part (a progress poll) may replace it between find and read, so read again. */
    public String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return el(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public void type(String css, String value) {
        WebElement e = el(css);
        e.clear();
        e.sendKeys(value);
    }

    public void click(String css) {
        await().until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            if (!e.isDisplayed() || !e.isEnabled()) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Waits for PrimeFaces' ajax queue to drain. */
    public void ajaxDone() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Scripts, handlers, styles or frames the page's Content-Security-Policy refused since the last call
     * (ADR 0069: an inline onclick or an eval would be refused and the button would do nothing).
     */
    public java.util.List<String> policyViolations() {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry e : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            String m = e.getMessage();
            if (m.contains("Content Security Policy") || m.contains("Content-Security-Policy")) {
                found.add(m);
            }
        }
        return found;
    }

    public Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    public String cookie(String name) {
        var c = driver.manage().getCookieNamed(name);
        return c == null ? null : c.getValue();
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves target/screenshots/NAME.png, for people to look at. */
    public void screenshot(String name) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the steps; on failure saves target/screenshots/FAILED-name.png before rethrowing. */
    public void steps(String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                screenshot("FAILED-" + name);
            } catch (RuntimeException ignored) {
                // the original failure matters more
            }
            throw e;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
