package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tributary.platform.SystemUnderTest;

/**
 * Debian's Chromium driven by Debian's ChromeDriver, both named explicitly so that Selenium Manager never
 * looks for (or downloads) a browser. Headless, with a fresh profile, and with the flags that keep it off
 * the network. Also: screenshots for the reviewer and the axe-core check of every page.
 */
final class Browser implements AutoCloseable {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /**
     * Browsers a test has closed, ready for the next test of the same language: starting Chromium and ChromeDriver
     * takes about two seconds, a third of a short test. What a test leaves behind — cookies, storage, its page and
     * any page's timers — is cleared before a browser is handed out again; one that cannot be cleared is quit.
     */
    private static final Map<String, Deque<Browser>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> {
                    for (Browser browser = idle.poll(); browser != null; browser = idle.poll()) {
                        browser.quit();
                    }
                })));
    }

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final String language;

    private Browser(WebDriver driver, Path profile, String language) {
        this.driver = driver;
        this.profile = profile;
        this.language = language;
        this.wait = new ReplacedPartsWait(driver);
        // PrimeFaces replaces parts of the page after AJAX calls: look again rather than fail.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static Browser open(String language) {
        return open(language, 1280, 900);
    }

    static Browser open(String language, int width, int height) {
        Browser idle = IDLE.getOrDefault(language, new ArrayDeque<>()).poll();
        if (idle != null) {
            idle.driver.manage().window().setSize(new Dimension(width, height));
            return idle;
        }
        return launch(language, width, height);
    }

    private static Browser launch(String language, int width, int height) {
        try {
            Path profile = Files.createTempDirectory("tributary-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(SystemUnderTest.property("it.browser.binary"));
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    // The portal then has no fades: axe never judges a button halfway back from disabled.
                    "--force-prefers-reduced-motion",
                    "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height,
                    "--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(SystemUnderTest.property("it.browser.driver"))
                            .toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return new Browser(driver, profile, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(String path) {
        return SystemUnderTest.property("it.http.url") + path;
    }

    void go(String path) {
        driver.get(url(path));
        waitForPage();
    }

    void waitForPage() {
        wait.until(d -> "complete"
                .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Waits for a navigation that a click or a key started: until the address contains the part and the new
     * page has loaded. (The old page is "complete" too until the browser leaves it.)
     */
    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
        waitForPage();
    }

    /** Waits until the element's text is the one given (after a navigation that keeps the address). */
    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    /** Waits until PrimeFaces has no AJAX request queued or running. */
    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0)")));
    }

    /**
     * Waits until no finite CSS transition or animation is running: a button fading back in after its AJAX
     * request has a colour halfway between two, and axe would judge that colour.
     */
    void waitForTransitions() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !document.getAnimations || document.getAnimations().every(a =>"
                        + " a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity)")));
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Saves the page as target/screenshots/NAME.png (full page height) and returns the file. */
    Path screenshot(String name) {
        try {
            Path dir = Path.of(SystemUnderTest.property("it.screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            // The whole page, not only the window: grow the window to the page's height for the picture.
            Dimension window = driver.manage().window().getSize();
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 6000)));
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(window);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the page and fails on any serious or critical violation. */
    Results assertAccessible(String page) {
        waitForTransitions();
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        AxeLog.record(page, results);
        assertThat(blocking)
                .as("serious or critical axe violations on " + page + ": " + describe(blocking))
                .isEmpty();
        return results;
    }

    /** Stricter than {@link #assertAccessible}: no axe violation of any impact. */
    void assertNoViolations(String page) {
        List<Rule> violations = assertAccessible(page).getViolations();
        assertThat(violations)
                .as("axe violations on " + page + ": " + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** Gives the browser a cookie as the server's Set-Cookie header would, without loading a page first. */
    void setCookie(String setCookie) {
        String[] parts = setCookie.split(";");
        String[] pair = parts[0].split("=", 2);
        Map<String, Object> cookie = new HashMap<>();
        cookie.put("name", pair[0].strip());
        cookie.put("value", pair[1].strip());
        cookie.put("url", url("/"));
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].strip().split("=", 2);
            switch (attribute[0].toLowerCase(java.util.Locale.ROOT)) {
                case "path" -> cookie.put("path", attribute[1]);
                case "httponly" -> cookie.put("httpOnly", true);
                case "secure" -> cookie.put("secure", true);
                case "samesite" -> cookie.put("sameSite", attribute[1]);
                case "max-age" ->
                    cookie.put("expires", System.currentTimeMillis() / 1000 + Long.parseLong(attribute[1]));
                default -> {
                    // Expires and others: the browser's session is shorter than any of them.
                }
            }
        }
        ((ChromeDriver) driver).executeCdpCommand("Network.setCookie", cookie);
    }

    /** Back to the idle browsers of its language when it can be cleared of the test's traces, else quit. */
    @Override
    public void close() {
        if (cleared()) {
            IDLE.computeIfAbsent(language, any -> new ConcurrentLinkedDeque<>()).push(this);
        } else {
            quit();
        }
    }

    private boolean cleared() {
        try {
            if (driver.getWindowHandles().size() != 1) {
                return false;
            }
            // Leaving the page first stops its polls and AJAX requests, which would otherwise run on.
            driver.get("about:blank");
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            for (String base :
                    List.of(SystemUnderTest.property("it.http.url"), SystemUnderTest.property("it.https.url"))) {
                chrome.executeCdpCommand(
                        "Storage.clearDataForOrigin",
                        Map.of(
                                "origin",
                                java.net
                                        .URI
                                        .create(base)
                                        .resolve("/")
                                        .toString()
                                        .replaceAll("/$", ""),
                                "storageTypes",
                                "all"));
            }
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return false;
        }
    }

    private void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }

    /**
     * A wait that looks again when PrimeFaces replaced the element it was looking at. Chromium reports that race
     * either as a stale element or, between finding the node and asking about it, as "Node with given id does
     * not belong to the document".
     */
    private static final class ReplacedPartsWait extends WebDriverWait {

        ReplacedPartsWait(WebDriver driver) {
            // Looks every 100 ms rather than Selenium's 500: each wait for a page or an AJAX answer otherwise
            // idles a quarter of a second on average, and the browser classes wait thousands of times.
            super(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
        }

        @Override
        public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> condition) {
            return super.until(d -> {
                try {
                    return condition.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }
}
