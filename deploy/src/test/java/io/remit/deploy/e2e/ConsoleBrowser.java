package io.remit.deploy.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium, driven through the system's chromedriver, as a person would use the console: it opens pages,
 * checks each with axe-core, and keeps a picture of the pages worth showing.
 *
 * <p>The driver is named explicitly ({@code /usr/bin/chromedriver}, from Debian's {@code chromium-driver}; see
 * {@code deploy/browser/install}), so Selenium Manager never tries to download one; the flags keep Chromium from
 * reaching out to hosts this machine cannot reach (BUILD-NOTES, "A real browser for console tests"), and each browser
 * gets a profile of its own, deleted when it closes.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB");
    /** What fails the test; axe's "minor" and "moderate" findings are printed only. */
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** A long list page is cut here: the picture shows what a reader sees first, not every row. */
    private static final int MAX_SCREENSHOT_HEIGHT = 2400;
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    /**
     * Selenium looks for a DevTools binding matching the browser's version at start-up and warns when it has none;
     * the test uses only WebDriver and chromedriver's own CDP command, so the warning says nothing here. Held, so
     * that the levels set stay set.
     */
    private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final List<String> violations = new ArrayList<>();

    private ConsoleBrowser(ChromeDriverService service, ChromeDriver driver, Path profile, Path screenshots) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Why no browser can start here (Chromium or its driver is not installed), or empty when one can. */
    static Optional<String> missing() {
        List<String> absent = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        return absent.isEmpty() ? Optional.empty()
                : Optional.of("No browser for the console test: " + String.join(" and ", absent)
                        + " missing (install them with deploy/browser/install)");
    }

    /**
     * Starts a browser with a fresh profile.
     *
     * @param screenshots where {@link #screenshot(String)} writes its PNG files
     * @param driverLog chromedriver's log file
     */
    static ConsoleBrowser start(Path screenshots, Path driverLog) {
        Path profile;
        try {
            Files.createDirectories(screenshots);
            Files.createDirectories(driverLog.getParent());
            profile = Files.createTempDirectory("remit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(driverLog.toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
            return new ConsoleBrowser(service, driver, profile, screenshots);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and checks it (see {@link #check(String)}). */
    void open(String url, String page) {
        driver.get(url);
        check(page);
    }

    /**
     * Checks the page the browser shows with axe-core (WCAG 2.1 A and AA rules, contrast included): every violation
     * is printed, and those of impact serious or critical are kept for {@link #violations()}.
     */
    void check(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            String finding = page + " (" + driver.getCurrentUrl() + "): " + rule.getImpact() + " " + rule.getId()
                    + ": " + rule.getHelp() + describe(rule.getNodes());
            System.out.println("[console] axe " + finding);
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                violations.add(finding);
            }
        }
    }

    /** The serious and critical accessibility violations of every page checked so far. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** A PNG of the page as shown (its whole height, up to a limit), as {@code <name>.png}. */
    @SuppressWarnings("unchecked")
    Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The element, once it is there (pages render on the server, so this is at most the page's own load). */
    WebElement find(By by) {
        return new WebDriverWait(driver, PAGE_LOAD).until(d -> d.findElement(by));
    }

    /** Follows the first link that matches, waits for the page it leads to, and checks that page. */
    void follow(By link, String page) {
        navigate(() -> find(link).click());
        check(page);
    }

    /** Submits the form a field belongs to with its submit button, as a click would, and checks the next page. */
    void submit(WebElement field, String page) {
        WebElement button = field.findElement(By.xpath("./ancestor::form//*[(self::button and (not(@type) or "
                + "@type='submit')) or (self::input and @type='submit')]"));
        navigate(button::click);
        check(page);
    }

    /** Does what leads to another page (a click, a key), then waits until the browser has loaded that page. */
    void navigate(Runnable action) {
        // Each document has its own time origin: a new one means the browser has moved on to the next page.
        Object before = driver.executeScript("return String(window.performance.timeOrigin)");
        action.run();
        new WebDriverWait(driver, PAGE_LOAD).until(d -> {
            Object now = driver.executeScript("return document.readyState === 'complete' ? "
                    + "String(window.performance.timeOrigin) : null");
            return now != null && !now.equals(before);
        });
    }

    /** The text of the page as shown. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Forgets the session: the next page asks for a sign-in again. */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    private static String describe(List<CheckedNode> nodes) {
        StringBuilder text = new StringBuilder();
        for (CheckedNode node : nodes) {
            text.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
            if (node.getFailureSummary() != null) {
                text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
            }
        }
        return text.toString();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.out.println("[console] could not delete " + dir + ": " + e);
        }
    }
}
