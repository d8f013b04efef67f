package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * The picture set of docs/screenshots: every page at 1280 and 360 px, the overview with the demo year,
 * and the page timings of docs/benchmarks.md. Runs only when asked, with the folder to write to:
 * {@code -Dtributary.screenshots=docs/screenshots/after -Dit.test=ScreenshotsIT}.
 */
@EnabledIfSystemProperty(named = "tributary.screenshots", matches = ".+")
class ScreenshotsIT {

    /** Tall enough for a page's main content, short enough to keep the set small. */
    private static final int MAX_HEIGHT = 3200;

    private static final int TIMED_RUNS = 5;
    /** The largest statement of the corpus: 141 booked rows of the Berlin Group sandbox in MT940. */
    private static final String IMPORTED_FILE =
            "mt940/xs2a-adapter-verlag-sandbox/verlag-berlin-group-sandbox-mt940.txt";

    private static final int IMPORTED_ROWS = 141;
    private static final List<String> PAGES =
            List.of("transactions", "import", "cash", "sources", "reports", "recurring", "recommendations", "ask");

    @Test
    void takesEveryPageAtBothWidthsAndTimesTheBusiestOnes() throws Exception {
        Path dir = Path.of(System.getProperty("tributary.screenshots")).toAbsolutePath();
        Files.createDirectories(dir);
        String email = Portal.uniqueEmail("shots");
        giveTheDemoYear(email);
        Map<String, Long> timings = new LinkedHashMap<>();
        for (int width : new int[] {1280, 360}) {
            try (Browser browser = Browser.open("en", width, 900)) {
                browser.go("/sign-in.xhtml");
                take(browser, dir, "sign-in-" + width);
                browser.go("/sign-up.xhtml");
                take(browser, dir, "sign-up-" + width);
                Portal.signIn(browser, email);
                timings.put("overview, a year (" + width + " px)", median(() -> showTwelveMonths(browser)));
                take(browser, dir, "dashboard-" + width);
                timings.put("transactions (" + width + " px)", median(() -> {
                    browser.go("/app/transactions.xhtml");
                    return pageLoad(browser);
                }));
                for (String page : PAGES) {
                    browser.go("/app/" + page + ".xhtml");
                    take(browser, dir, page + "-" + width);
                }
            }
            importToResult(width, timings);
        }
        List<String> lines = new ArrayList<>();
        timings.forEach((what, ms) -> lines.add(what + ": " + ms + " ms (median of " + TIMED_RUNS + ")"));
        // The machine is shared: say how busy it was, so that two runs are compared for what they are.
        lines.add("load average (1, 5, 15 min) after the run: " + loadAverage());
        Files.write(dir.resolve("timings.txt"), lines, StandardCharsets.UTF_8);
    }

    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg)
                ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3))
                : "unknown";
    }

    /** Signs the person up through the API and runs bin/demo-data for them, as bin/run does for the demo user. */
    private static void giveTheDemoYear(String email) throws IOException, InterruptedException {
        assertThat(Api.http()
                        .post("/api/v1/auth/sign-up", Api.credentials(email, Portal.PASSWORD))
                        .statusCode())
                .isEqualTo(201);
        ProcessBuilder demoData = new ProcessBuilder(SystemUnderTest.property("it.demo-data"), email, Portal.PASSWORD)
                .redirectErrorStream(true);
        demoData.environment()
                .put(
                        "TRIBUTARY_HTTP_PORT",
                        Integer.toString(URI.create(SystemUnderTest.property("it.http.url"))
                                .getPort()));
        Process script = demoData.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(output).isZero();
    }

    /** The overview for the last 12 months, from pressing "Show" to the page updated; in ms. */
    private static long showTwelveMonths(Browser browser) {
        browser.go("/app/dashboard.xhtml");
        Overview.openFilters(browser);
        new Select(browser.find("#dashboard\\:period")).selectByValue("LAST_12_MONTHS");
        browser.waitForAjax();
        long start = System.nanoTime();
        browser.click("#dashboard\\:apply");
        browser.waitForAjax();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * A bank file from the corpus added the way a person does it, each time by a new person (so that every run
     * adds all its rows, none a duplicate): from choosing the file to step 2 shown, and from pressing "Add
     * these transactions" to the result shown (the page asks for the run's state once a second, so the result
     * comes at the first poll after the job has finished). The median of five after one warm-up.
     */
    private static void importToResult(int width, Map<String, Long> timings) throws IOException {
        Path file = Path.of(SystemUnderTest.property("it.corpus"))
                .resolve(IMPORTED_FILE)
                .toRealPath();
        List<Long> previews = new ArrayList<>();
        List<Long> results = new ArrayList<>();
        for (int run = 0; run <= TIMED_RUNS; run++) {
            try (Browser browser = Browser.open("en", width, 900)) {
                Portal.signUpAndIn(browser, Portal.uniqueEmail("import-timing"));
                browser.go("/app/import.xhtml");
                long chosen = System.nanoTime();
                browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
                browser.find("#row-count");
                long previewed = System.nanoTime();
                String found = browser.text("#row-count");
                browser.click("#import-form\\:start");
                long added = System.nanoTime();
                browser.find("#imported");
                long shown = System.nanoTime();
                assertThat(browser.text("#imported"))
                        .as("every row found is added")
                        .isEqualTo(found);
                if (run > 0) { // the first is the warm-up
                    previews.add(TimeUnit.NANOSECONDS.toMillis(previewed - chosen));
                    results.add(TimeUnit.NANOSECONDS.toMillis(shown - added));
                }
            }
        }
        String what = "an MT940 of " + IMPORTED_ROWS + " rows";
        timings.put("import " + what + ", file chosen to step 2 (" + width + " px)", middle(previews));
        timings.put("import " + what + ", Add to the result shown (" + width + " px)", middle(results));
    }

    private static long middle(List<Long> runs) {
        List<Long> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** From the request to the load event of the page just opened, as the browser measured it; in ms. */
    private static long pageLoad(Browser browser) {
        Object ms = ((JavascriptExecutor) browser.driver)
                .executeScript("const n = performance.getEntriesByType('navigation')[0];"
                        + " return Math.round(n.loadEventEnd - n.startTime);");
        return ((Number) ms).longValue();
    }

    private interface Timed {
        long run();
    }

    private static long median(Timed timed) {
        timed.run(); // warm: the first view of a page compiles its templates
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < TIMED_RUNS; i++) {
            runs.add(timed.run());
        }
        runs.sort(null);
        return runs.get(TIMED_RUNS / 2);
    }

    /** The page as a person scrolling it sees it, cut at {@link #MAX_HEIGHT}. */
    private static void take(Browser browser, Path dir, String name) throws IOException {
        Dimension window = browser.driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.driver.manage().window().setSize(new Dimension(window.getWidth(), (int)
                Math.min(height + 140, MAX_HEIGHT)));
        byte[] png = ((ChromeDriver) browser.driver).getScreenshotAs(OutputType.BYTES);
        browser.driver.manage().window().setSize(window);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
