package org.irrt.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.InvalidValueException;
import org.irrt.workflow.Actor;
import org.irrt.workflow.Organisation;
import org.irrt.workflow.Outcome;
import org.irrt.workflow.Request;
import org.irrt.workflow.Role;
import org.irrt.workflow.WorkflowEngine;
import org.irrt.workflow.membership.ApplicationCommand;
import org.irrt.workflow.membership.ApplicationEvent;
import org.irrt.workflow.membership.MembershipApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site in a real browser (headless Chromium, one for the class, on the shared site): joining and
 * approval, a stale approval refused in words, a post with a script published without it, the
 * campaign chart, a form sent with the keyboard alone. Screenshots go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends SiteTest {
  @Autowired
  WorkflowEngine<MembershipApplication, ApplicationCommand, ApplicationEvent> applications;
  @Autowired
  Organisation organisation;

  private WebDriver driver;

  @BeforeAll
  void startBrowser() throws Exception {
    Browser.assumeAvailable();
    driver = Browser.start(Files.createTempDirectory("irrt-chromium"));
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void signedOut() {
    driver.get(url("/"));
    driver.manage().deleteAllCookies();
  }

  private void signIn(String user) {
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(SecurityConfig.PASSWORD);
    go(By.cssSelector("#login-form button[type=submit]"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("Sign out " + user));
  }

  /** Clicks what sends a form or follows a link, and waits for the next page. */
  private void go(By by) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(by).click();
    waitForNextPage(page);
  }

  /**
   * Waits until the page an element belonged to has been replaced. ChromeDriver sometimes reports
   * a replaced node as "Node with given id does not belong to the document" instead of a stale
   * element; both mean the next page has come.
   */
  private void waitForNextPage(WebElement page) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
      try {
        page.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** A visitor applies through the form; returns the application's id. */
  private String apply(String given, String family, String email, String country) {
    driver.get(url("/join"));
    driver.findElement(By.id("givenNames")).sendKeys(given);
    driver.findElement(By.id("familyName")).sendKeys(family);
    driver.findElement(By.id("email")).sendKeys(email);
    driver.findElement(By.id("country")).sendKeys(country);
    go(By.cssSelector("#join-form button[type=submit]"));
    assertThat(text("application-state")).isEqualTo("submitted");
    String path = driver.getCurrentUrl().substring(url("").length());
    assertThat(path).startsWith("/join/app-");
    return path.substring("/join/".length());
  }

  @Test
  void aVisitorAppliesAndAnOfficerApprovesAndTheMemberIsCurrent() {
    driver.get(url("/join"));
    Browser.screenshot(driver, "03-join-form");
    String id = apply("Amaru", "Quispe Mamani", "amaru@example.org", "PE");
    Browser.screenshot(driver, "04-application-submitted");

    signIn("officer");
    driver.get(url("/officer/applications"));
    go(By.linkText("Amaru Quispe Mamani"));
    go(By.id("start-review"));
    assertThat(text("state")).isEqualTo("under review");
    assertThat(text("history")).as("the history in words and local time, not codes and raw instants")
        .contains("submitted, by Amaru Quispe Mamani", "under review, by Membership officer")
        .doesNotContain("START_REVIEW", "Z\n", "submit by ");
    Browser.screenshot(driver, "05-officer-review");
    go(By.id("approve"));
    assertThat(text("state")).isEqualTo("active");

    driver.manage().deleteAllCookies();
    driver.get(url("/join/" + id));
    assertThat(text("application-state")).isEqualTo("active");
    assertThat(text("membership-status")).isEqualTo("new"); // the first three months of a membership
    assertThat(text("current-member")).contains("a current member");
    Browser.screenshot(driver, "06-member-current");
  }

  @Test
  void aSecondOfficersStaleApprovalIsRefusedInWordsNotAnErrorPage() {
    String id = apply("Ngozi", "Okafor", "ngozi@example.org", "NG");
    applications.issue(id, Request.of(new ApplicationCommand.StartReview(), Actor.of("officer", Role.MEMBERSHIP_OFFICER)));

    signIn("officer2");
    driver.get(url("/officer/applications/" + id)); // the page shows the application under review
    assertThat(text("state")).isEqualTo("under review");
    // meanwhile the first officer rejects it
    Outcome<?, ?> rejected = applications.issue(id, Request.of(new ApplicationCommand.Reject("Incomplete references"),
        Actor.of("officer", Role.MEMBERSHIP_OFFICER)));
    assertThat(rejected).isInstanceOf(Outcome.Accepted.class);

    go(By.id("approve"));
    WebElement refusal = driver.findElement(By.id("refusals"));
    assertThat(refusal.getText()).contains("your page showed version 3 of this, but it is at version 4 now: "
        + "reload it and try again");
    assertThat(refusal.getAttribute("role")).isEqualTo("alert");
    assertThat(driver.getTitle()).isEqualTo("Application · IRRT");
    assertThat(applications.load(id).state().name()).isEqualTo("REJECTED");
    Browser.screenshot(driver, "07-stale-approval-refused");
  }

  @Test
  void aPostContainingAScriptIsPublishedByTheSweepWithoutIt() {
    signIn("writer");
    driver.get(url("/write"));
    driver.findElement(By.id("title")).sendKeys("Sister libraries in 2026");
    driver.findElement(By.id("body")).sendKeys("Partners **wanted**.\n\n<script>document.title='owned'</script>\n\n"
        + "<img src=\"x\" onerror=\"document.title='owned'\">\n\n[a link](javascript:alert(1))");
    go(By.cssSelector("#write-form button[type=submit]"));
    assertThat(text("post-state")).isEqualTo("submitted");
    String id = text("post-id");

    signIn("editor");
    driver.get(url("/editor/posts/" + id));
    assertThat(text("source")).contains("<script>"); // the editor reads what was written, as text
    go(By.id("start-review"));
    go(By.id("approve"));
    assertThat(text("state")).isEqualTo("approved");
    LocalDateTime at = LocalDateTime.now(organisation.zone()).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    driver.findElement(By.id("publishAt")).sendKeys(at.toString().length() == 16 ? at + ":00" : at.toString());
    go(By.id("schedule"));
    assertThat(text("state")).isEqualTo("scheduled");
    Browser.screenshot(driver, "08-editor-scheduled");

    driver.manage().deleteAllCookies();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      d.get(url("/blog"));
      return !d.findElements(By.linkText("Sister libraries in 2026")).isEmpty();
    });
    go(By.linkText("Sister libraries in 2026"));
    String body = driver.findElement(By.id("post-body")).getAttribute("innerHTML");
    assertThat(body).contains("<strong>wanted</strong>").doesNotContain("<script", "onerror", "javascript:");
    assertThat(driver.getTitle()).isEqualTo("Sister libraries in 2026 · IRRT");
    assertThat(driver.findElements(By.cssSelector("#post-body script"))).isEmpty();
    boolean alert;
    try {
      driver.switchTo().alert();
      alert = true;
    } catch (NoAlertPresentException e) {
      alert = false;
    }
    assertThat(alert).isFalse();
    Browser.screenshot(driver, "09-blog-post-published");
  }

  @Test
  void theCampaignChartAppearsWithTheProgressReceived() {
    driver.get(url("/campaign"));
    WebElement chart = driver.findElement(By.id("campaign-chart"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("chart-title")).getAttribute("textContent")).startsWith("Received $")
        .contains("of a goal of $50,000.00");
    int received = Integer.parseInt(driver.findElement(By.cssSelector("#campaign-chart rect.received"))
        .getAttribute("width"));
    int pledged = Integer.parseInt(driver.findElement(By.cssSelector("#campaign-chart rect.pledged"))
        .getAttribute("width"));
    assertThat(received).isPositive().isLessThanOrEqualTo(pledged);
    Browser.screenshot(driver, "02-campaign-chart");
  }

  @Test
  void aFormIsFilledAndSentWithTheKeyboardAlone() {
    driver.get(url("/join"));
    Actions keys = new Actions(driver);
    int tabs = 0;
    while (!"givenNames".equals(driver.switchTo().activeElement().getAttribute("id"))) {
      keys.sendKeys(Keys.TAB).perform();
      assertThat(++tabs).as("tabs to reach the first field").isLessThan(30);
    }
    keys.sendKeys("Li").sendKeys(Keys.TAB).sendKeys("Wei").sendKeys(Keys.TAB).sendKeys("li.wei@example.org")
        .sendKeys(Keys.TAB).sendKeys("CN").sendKeys(Keys.TAB) // the membership type: keep the first
        .perform();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("type");
    keys.sendKeys(Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Apply");
    WebElement page = driver.findElement(By.tagName("html"));
    keys.sendKeys(Keys.ENTER).perform();
    waitForNextPage(page);
    assertThat(text("application-state")).isEqualTo("submitted");
  }

  @Test
  void aVisitorChoosesFrenchAndTheJoinFormAndIrrtsProblemsSpeakFrenchThenArabicReadsRightToLeft() {
    String expected;
    try {
      EmailAddress.of("pas-une-adresse");
      throw new AssertionError("the address was valid");
    } catch (InvalidValueException e) {
      expected = e.violations().get(0).message(Locale.FRENCH);
    }
    driver.get(url("/join")); // the browser asks for en-US
    assertThat(driver.findElement(By.cssSelector("label[for=givenNames]")).getText()).isEqualTo("Given names");
    go(By.cssSelector("nav.languages a[lang=fr]"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    assertThat(driver.findElement(By.cssSelector("label[for=givenNames]")).getText()).isEqualTo("Prénoms");
    driver.findElement(By.id("givenNames")).sendKeys("Amélie");
    driver.findElement(By.id("familyName")).sendKeys("Durand");
    driver.findElement(By.id("email")).sendKeys("pas-une-adresse");
    driver.findElement(By.id("country")).sendKeys("FR");
    go(By.cssSelector("#join-form button[type=submit]"));
    assertThat(driver.getTitle()).isEqualTo("Adhérer · IRRT");
    assertThat(driver.findElement(By.cssSelector("label[for=email]")).getText()).isEqualTo("Courriel");
    assertThat(text("email-error")).isNotBlank().isEqualTo(expected);
    assertThat(driver.findElement(By.id("email")).getAttribute("aria-describedby")).isEqualTo("email-error");
    Browser.screenshot(driver, "13-join-french-problem");

    go(By.cssSelector("nav.languages a[lang=ar]"));
    WebElement html = driver.findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    WebElement label = driver.findElement(By.cssSelector("label[for=givenNames]"));
    assertThat(label.getText()).isEqualTo("الاسم الأول");
    assertThat(label.getRect().getX()).as("the label starts on the right, the field after it to its left")
        .isGreaterThan(driver.findElement(By.id("givenNames")).getRect().getX());
    Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("nothing sticks out sideways (the skip link waits off-screen)")
        .isZero();
    Browser.screenshot(driver, "14-join-arabic");
    driver.get(url("/"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("the cookie keeps the choice").isEqualTo("ar");
  }

  @Test
  void screenshotsOfTheMainPages() {
    for (String[] page : List.of(new String[] {"/", "01-about"}, new String[] {"/links", "10-links"},
        new String[] {"/free-links?language=es", "11-free-links-spanish"}, new String[] {"/blog", "12-blog"},
        new String[] {"/campaign?lang=ar", "15-campaign-arabic"})) { // last: ?lang= sets the cookie
      driver.get(url(page[0]));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
      Browser.screenshot(driver, page[1]);
    }
    assertThat(Files.exists(Path.of("target/screenshots/01-about.png"))).isTrue();
  }
}
