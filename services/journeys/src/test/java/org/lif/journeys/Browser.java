package org.lif.journeys;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Chromium (Debian's {@code chromium} and its {@code chromium-driver}, installed by {@code .ci/run}), headless,
 * driven through Selenium; nothing is downloaded at run time. Every page it lands on can be checked with axe-core for
 * WCAG 2.2 A and AA ({@link #assertAccessible}). A missing browser fails the test with what to install: CI installs
 * it, so a skipped browser test would hide a broken portal.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The axe-core rule sets the portal must pass with zero violations. */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The portal's browser tests need Chromium and its driver: " + CHROMIUM + " and "
                    + CHROMEDRIVER + " (Debian packages chromium and chromium-driver; .ci/run installs them: "
                    + "apt-get install -y chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--lang=en-GB", "--disable-gpu", "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 1400));
        return new Browser(driver);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    void click(String css) {
        find(css).click();
    }

    void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String source() {
        return driver.getPageSource();
    }

    /** axe-core on the page as it is: no violation of WCAG 2.2 A/AA; the failure lists each rule and where. */
    void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String found = violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("accessibility violations on " + what + " (" + driver.getCurrentUrl() + "):\n  " + found);
        }
    }

    /** Saves the page as {@code <name>.png} in the folder of system property {@code lif.portal.screenshots}. */
    void screenshot(String name) {
        String folder = System.getProperty("lif.portal.screenshots", "target/portal-screenshots");
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
