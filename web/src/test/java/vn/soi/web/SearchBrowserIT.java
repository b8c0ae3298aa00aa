package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.soi.web.account.Role;

/**
 * Drives headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) through the search and document
 * pages of a server on a free loopback port over {@link TestCorpus}: signs in, searches, opens a document at its
 * highlighted passage, follows a finding to its evidence, and checks the browser logged no error; a researcher
 * does the same on a narrow screen and sees no personal name. Screenshots go to
 * {@code target/screenshots/}. Skipped when Chromium or its driver is not installed.
 */
class SearchBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dataDir;
    @TempDir
    Path profile;

    private Javalin server;
    private WebDriver driver;
    private String origin;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + "); install them with apt-get install chromium chromium-driver");
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        server = test.app.javalin().start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void inspector_signs_in_searches_and_opens_a_document_at_its_highlighted_evidence() throws IOException {
        driver.get(origin + "/search");
        assertTrue(driver.getCurrentUrl().contains("/sign-in"), "anonymous visitors are sent to sign in");
        driver.findElement(By.id("name")).sendKeys(TestApp.nameOf(Role.INSPECTOR));
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.urlContains("/search"));

        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("khuyết điểm");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".snippet b")));
        assertTrue(driver.getCurrentUrl().contains("q=kh"), "the search is in the URL: " + driver.getCurrentUrl());
        List<WebElement> facets = driver.findElements(By.cssSelector(".facet .facet-count"));
        assertFalse(facets.isEmpty(), "facet counts shown");
        screenshot("01-search");

        driver.findElement(By.cssSelector(".hit-title a[href*='/documents/doc-a']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.evidence")));
        assertTrue(driver.getCurrentUrl().contains("hl="), "opened at the hit's passage");
        assertFalse(driver.findElements(By.cssSelector("mark.hit-mark")).isEmpty(), "the hit's passage is marked");
        WebElement evidence = driver.findElement(By.cssSelector("mark.evidence"));
        assertTrue(evidence.getText().contains("Hoàn thành xuất sắc nhiệm vụ"), evidence.getText());
        screenshot("02-document-at-hit");

        driver.findElement(By.cssSelector(".evidence-list a[href='#ev-1-1']")).click();
        wait.until(ExpectedConditions.urlContains("#ev-1-1"));
        screenshot("03-document-evidence");
        assertEquals("Bản kiểm điểm cá nhân – Nguyễn Văn An – năm 2023",
                driver.findElement(By.tagName("h1")).getText());

        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
    }

    @Test
    void researcher_searches_and_reads_with_pseudonyms_on_a_narrow_screen() throws IOException {
        driver.manage().window().setSize(new Dimension(600, 1000));
        driver.get(origin + "/sign-in");
        driver.findElement(By.id("name")).sendKeys(TestApp.nameOf(Role.RESEARCHER));
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
        driver.get(origin + "/search?q=" + URLEncoder.encode("khuyết điểm", StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".snippet b")));
        assertNoName(driver.getPageSource());
        screenshot("04-researcher-search");
        driver.findElement(By.cssSelector(".hit-title a[href*='/documents/doc-a']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.evidence")));
        assertNoName(driver.getPageSource());
        assertTrue(driver.findElements(By.cssSelector("a[href$='/original']")).isEmpty(), "no original for researchers");
        screenshot("05-researcher-document");
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
    }

    private static void assertNoName(String html) {
        for (String name : TestCorpus.NAMES) {
            assertFalse(html.contains(name), name + " shown to a researcher");
        }
        assertTrue(html.contains("Người "), "pseudonyms shown");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve("search-" + name + ".png"), png);
    }
}
