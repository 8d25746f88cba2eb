package org.irrt.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver ({@code apt-get install chromium chromium-driver}), headless, a
 * fresh profile each time; nothing is downloaded: the driver and the browser are given by path, so
 * Selenium Manager is never asked. Without them the browser tests skip, naming the reason, unless
 * {@code IRRT_REQUIRE_BROWSER=1} (as {@code .ci/run} sets), when they fail.
 */
final class Browser {
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private Browser() {}

  static boolean required() {
    String v = System.getProperty("IRRT_REQUIRE_BROWSER", System.getenv("IRRT_REQUIRE_BROWSER"));
    return "1".equals(v);
  }

  /** Skips (or fails, when required) the test when the browser is missing. */
  static void assumeAvailable() {
    if (!Files.isExecutable(DRIVER) || !Files.isExecutable(CHROMIUM)) {
      String reason = "no " + DRIVER + " or " + CHROMIUM + " (apt-get install chromium chromium-driver)";
      if (required()) {
        Assertions.fail("IRRT_REQUIRE_BROWSER=1 and " + reason);
      }
      Assumptions.abort(reason);
    }
  }

  /** A headless Chromium with a fresh profile. */
  static WebDriver start(Path profile) {
    assumeAvailable();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Writes a screenshot of the page shown to {@code target/screenshots/<name>.png}. */
  static void screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
