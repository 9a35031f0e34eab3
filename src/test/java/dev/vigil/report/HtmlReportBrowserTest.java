package dev.vigil.report;

import dev.vigil.TestWorkspace;
import dev.vigil.analysis.Analysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report in a real browser: Debian's headless Chromium, driven through chromedriver.
 * {@code .ci/run} installs both and sets VIGIL_REQUIRE_BROWSER, so CI fails when they are missing;
 * elsewhere the test is skipped with the reason. Screenshots are left in target/ for a person to look at.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser;
    /** Held: java.util.logging keeps loggers weakly. Selenium warns that it has no DevTools binding for this Chromium; the test needs none. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("VIGIL_REQUIRE_BROWSER") != null) {
            assertThat(present).as("Chromium and chromedriver (Debian packages chromium, chromium-driver) are required here").isTrue();
        }
        Assumptions.assumeTrue(present, "no /usr/bin/chromium and /usr/bin/chromedriver: apt-get install chromium chromium-driver");
        SELENIUM.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // the flags this machine's closed network needs (no background connections), and a fresh profile
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theShopReportShowsItsDiagramAndMatrixWithoutConsoleErrors() throws Exception {
        Path page = write("shop", Path.of("examples/shop.yaml"));
        browser.get(page.toUri().toString());
        Analysis a = JsonReportTest.analyse(Path.of("examples/shop.yaml"));
        int components = a.source().model().components().size();
        assertThat(browser.findElements(By.cssSelector("#diagram svg.dfd g.node"))).as("one node per component").hasSize(components);
        assertThat(browser.findElements(By.cssSelector("#diagram svg.dfd g.flow"))).hasSize(a.source().model().flows().size());
        assertThat(browser.findElements(By.cssSelector("svg.matrix")).get(0).findElements(By.cssSelector("g.cell"))).hasSize(25);
        assertThat(browser.findElements(By.cssSelector(".scenario svg.dfd.path"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Threat model: ACME Online Shop");
        noConsoleErrors();
        screenshot("html-report-shop.png");
    }

    @Test
    void namesThatLookLikeMarkupRenderAsText() throws Exception {
        Path model = Path.of("src/test/resources/hostile/inject-script.yaml");
        Path page = write("inject-script", model);
        browser.get(page.toUri().toString());
        assertThat(browser.findElements(By.tagName("script"))).as("no script element made it into the page").isEmpty();
        String name = JsonReportTest.analyse(model).source().model().system().name();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Threat model: " + name);
        noConsoleErrors();
        screenshot("html-report-injection.png");
    }

    private static Path write(String name, Path model) throws Exception {
        Path out = Files.createDirectories(Path.of("target/html-report"));
        Path page = out.resolve(name + ".vigil.html");
        Files.writeString(page, new HtmlReport(new JsonReport(TestWorkspace.get().kb())).render(JsonReportTest.analyse(model)));
        return page.toAbsolutePath();
    }

    private static void noConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console").isEmpty();
    }

    private static void screenshot(String file) throws Exception {
        Files.write(Path.of("target", file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
