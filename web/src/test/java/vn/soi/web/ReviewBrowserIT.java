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
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
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
 * Drives headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) through a board member's review
 * over {@link FindingFixtures}: signs in, searches, opens a report with its evidence highlighted, goes to the
 * findings dashboard, opens the copied-report case, records a decision and sees it in the history, visits the
 * statistics page (charts drawn by Chart.js) and uploads a file, following its progress on the page. After every
 * page the browser's log must hold no SEVERE entry (Content-Security-Policy violations and script errors land
 * there). Screenshots go to {@code target/screenshots/}. Skipped when Chromium or its driver is not installed.
 */
class ReviewBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NOTE =
            "Đã đối chiếu hai bản kiểm điểm: đoạn về tư tưởng chính trị chép nguyên văn.";

    @TempDir
    Path dataDir;
    @TempDir
    Path profile;
    @TempDir
    Path uploads;

    private Javalin server;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String origin;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + "); install them with apt-get install chromium chromium-driver");
        TestApp test = TestApp.withAccounts(dataDir);
        FindingFixtures.load(test);
        server = new SoiWebApp(test.services, new UploadWebTest.FakeIngest(new CountDownLatch(0))).javalin()
                .start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
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
    void board_member_reviews_a_copied_report_and_sees_the_decision_in_the_history() throws IOException {
        driver.get(origin + "/findings");
        assertTrue(driver.getCurrentUrl().contains("/sign-in"), "anonymous visitors are sent to sign in");
        assertNoSevereLog("sign-in");
        driver.findElement(By.id("name")).sendKeys(TestApp.nameOf(Role.BOARD));
        driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/findings"));

        driver.get(origin + "/search?q=" + URLEncoder.encode("lập trường tư tưởng", StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".snippet b")));
        assertEquals(2, driver.findElements(By.cssSelector(".hit-title a")).size(), "both reports are found");
        screenshot("01-search");
        assertNoSevereLog("search");

        driver.findElement(By.xpath("//h3[@class='hit-title']/a[contains(., 'Nguyễn Văn An')]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.evidence, mark.hit-mark")));
        assertTrue(driver.getCurrentUrl().contains("hl="), "opened at the hit's passage");
        assertFalse(driver.findElements(By.cssSelector("mark.hit-mark")).isEmpty(), "the hit is marked");
        String evidence = driver.findElements(By.cssSelector("mark.evidence")).stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertTrue(evidence.contains("chấp hành nghiêm chủ trương của Đảng"),
                "evidence highlighted: " + evidence);
        assertFalse(driver.findElements(By.cssSelector(".evidence-list a")).isEmpty(), "evidence is linked");
        screenshot("02-document");
        assertNoSevereLog("document");

        driver.findElement(By.linkText("Hồ sơ cần xem xét")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".findings-table")));
        assertEquals("Hồ sơ cần xem xét", driver.findElement(By.tagName("h1")).getText());
        assertEquals(4, driver.findElements(By.cssSelector(".findings-table tbody tr")).size());
        screenshot("03-findings");
        assertNoSevereLog("findings");

        driver.findElement(By.cssSelector(".findings-table a[href='/cases/" + FindingFixtures.COPY + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-panes")));
        List<WebElement> panes = driver.findElements(By.cssSelector(".evidence-pane"));
        assertEquals(2, panes.size(), "the two reports side by side");
        for (WebElement pane : panes) {
            assertTrue(pane.findElement(By.tagName("mark")).getText().contains("chấp hành nghiêm chủ trương"),
                    "the shared passage is marked in " + pane.findElement(By.tagName("h3")).getText());
        }
        assertTrue(driver.findElement(By.id("lich-su")).getText().contains("Chưa có quyết định nào"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("skip-link", driver.switchTo().activeElement().getAttribute("class"),
                "the first Tab reaches the skip link");
        for (WebElement passage : driver.findElements(By.cssSelector(".evidence-pane .passage"))) {
            assertEquals("0", passage.getAttribute("tabindex"), "a scrolling evidence box takes keyboard focus");
        }
        screenshot("04-case");
        assertNoSevereLog("case");

        driver.findElement(By.cssSelector("input[name=status][value=confirmed]")).click();
        driver.findElement(By.id("note")).sendKeys(NOTE);
        driver.findElement(By.cssSelector(".review-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.history")));
        WebElement decision = driver.findElement(By.cssSelector("table.history tbody tr"));
        assertTrue(decision.getText().contains(TestApp.nameOf(Role.BOARD)), decision.getText());
        assertTrue(decision.getText().contains("Xác nhận có vấn đề"), decision.getText());
        assertTrue(decision.getText().contains(NOTE), decision.getText());
        assertTrue(driver.findElement(By.cssSelector(".case-facts .status")).getText()
                .contains("Xác nhận có vấn đề"), "the case shows its new status");
        screenshot("05-case-decided");
        assertNoSevereLog("case after the decision");

        driver.get(origin + "/statistics");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-signals")));
        wait.until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return !!window.Chart && !!window.Chart.getChart(document.getElementById('chart-signals'));")));
        Long drawn = (Long) driver.executeScript("return Array.from(document.querySelectorAll('canvas'))"
                + ".filter(function (c) { return window.Chart.getChart(c) && c.width > 0; }).length;");
        assertTrue(drawn >= 2, "charts drawn by Chart.js: " + drawn);
        screenshot("06-statistics");
        assertNoSevereLog("statistics");

        driver.get(origin + "/upload");
        assertEquals("Tải lên", driver.findElement(By.tagName("h1")).getText());
        Path report = Files.writeString(uploads.resolve("bkc-moi.txt"),
                "BẢN KIỂM ĐIỂM CÁ NHÂN\nHọ và tên: Mai Văn Phúc\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("files")).sendKeys(report.toString());
        driver.findElement(By.cssSelector(".upload-form button[type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("job-progress"), "value", "100"));
        assertEquals("1 / 1", driver.findElement(By.id("job-count")).getText(), "progress followed on the page");
        screenshot("07-upload");
        assertNoSevereLog("upload");
    }

    /** Reads (and so empties) the browser log; fails when the page logged an error. */
    private void assertNoSevereLog(String page) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser errors on the " + page + " page: " + errors);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("review-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
