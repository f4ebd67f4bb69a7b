package io.relance.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Debian's headless Chromium through its chromedriver (nothing downloads a browser), with a fresh
 * profile and home under target/, and screenshots under target/screenshots. It keeps the console:
 * {@link #recordFailures} fails on any Content-Security-Policy violation of the app's pages (a
 * blocked script is a button that silently does nothing).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path screenshots;
    private final Path downloads;
    private final List<String> console = new ArrayList<>();

    public Browser(int width, int height) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
        }
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=fr-FR", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile,
                // Chromium refuses some ports outright (10080 is on its "unsafe" list): allow the stack's own
                "--explicitly-allowed-ports=" + System.getProperty("relance.http.port", "8080") + ","
                        + System.getProperty("relance.keycloak.port", "8180"));
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .withEnvironment(java.util.Map.of("HOME", profile.toString()))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // every violation also reaches the console with the page it happened on (before any page script runs)
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "document.addEventListener('securitypolicyviolation', function (e) { console.error('CSP violation on '"
                        + " + location.href + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')"
                        + " + ' (' + e.sourceFile + ':' + e.lineNumber + ')'); });"));
        driver = chrome;
        screenshots = Files.createDirectories(Path.of(System.getProperty("relance.screenshots", "target/screenshots")));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /**
     * The text (or, with {@code attribute}, that attribute) of an element as it is once the page has
     * settled: an element an ajax update replaces while it is read is found again.
     */
    public String textOf(String cssSelector, String attribute) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = find(cssSelector);
                    return attribute == null ? element.getText() : element.getAttribute(attribute);
                });
    }

    /** Types into a field; a field replaced by an ajax update while typing is found again and typed afresh. */
    public void type(String cssSelector, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement field = find(cssSelector);
                field.clear();
                field.sendKeys(text);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public void click(String cssSelector) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    public void waitForText(String text) {
        // a page being replaced (redirect, ajax update) makes the old body stale, or Chrome answers
        // "node does not belong to the document" while it swaps documents: look again
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Chooses a file for an input of type file (which may be styled out of sight). */
    public void attach(String cssSelector, Path file) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Picks an option of a select by its value. */
    public void select(String cssSelector, String value) {
        new org.openqa.selenium.support.ui.Select(find(cssSelector)).selectByValue(value);
    }

    /** Presses a key on the page (outside any field), as a user working with the keyboard. */
    public void press(String key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Waits for a downloaded file whose name ends with {@code suffix}; answers it. */
    public Path downloaded(String suffix) throws InterruptedException, IOException {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No " + suffix + " downloaded into " + downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the page and answers its result (what a person cannot see: a computed style, a variable). */
    public Object script(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    public String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Logs in on Keycloak's own login page (the app has redirected there). */
    public void keycloakLogin(String username, String password) {
        type("#username", username);
        type("#password", password);
        click("#kc-login");
    }

    public void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    public interface Steps {
        void run() throws Exception;
    }

    /**
     * The CSP violations the browser reported on the app's pages so far (Keycloak's pages are not
     * ours): the native "Refused to ..." console errors and those of the securitypolicyviolation listener.
     */
    public List<String> cspViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
        return console.stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to") || line.contains("CSP violation"))
                .filter(line -> !line.contains(Deployments.keycloakUrl()))
                .toList();
    }

    /** Fails if the browser reported any CSP violation on the app's pages. */
    public void assertNoCspViolation() {
        List<String> violations = cspViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations:\n" + String.join("\n", violations));
        }
    }

    /**
     * Runs the steps and checks that no CSP violation happened; on failure keeps a screenshot and the
     * page's HTML to see what the user saw.
     */
    public void recordFailures(Steps steps) throws Exception {
        try {
            steps.run();
            assertNoCspViolation();
        } catch (Exception | AssertionError e) {
            String name = "failure-" + System.currentTimeMillis();
            screenshot(name);
            Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
            throw new AssertionError("Failed at " + driver.getCurrentUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
