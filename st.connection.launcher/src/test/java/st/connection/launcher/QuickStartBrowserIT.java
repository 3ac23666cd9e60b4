package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * README's quick start, word by word, in a real browser (headless Chromium) against the packaged
 * launcher as a newcomer starts it, with its own demo data: the server's address, the demo
 * application and its login page, logging out and in again, a login page left open across a
 * restart, and the console panel with every login form. The README's screenshots are taken here.
 *
 * <p>The launcher's JVM resolves host names from a hosts file that knows only {@code localhost}, as
 * a machine without a network does, so that a made-up Snowflake account fails here as it does
 * offline, and nothing reaches the internet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class QuickStartBrowserIT implements ScreenshotOnFailure.HasBrowser {

    static final String PAGE_EXPIRED = "Your page had expired; please log in again.";

    /** Static: JUnit creates it before {@code @BeforeAll} and deletes it after {@code @AfterAll}. */
    @TempDir
    static Path home;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private List<String> offline;
    private int port;
    private RunningLauncher launcher;
    private Chromium browser;
    private BrowserSteps steps;

    @BeforeAll
    void startTheLauncherAsTheQuickStartSays() throws Exception {
        Path hosts = Files.writeString(home.resolve("hosts"), "127.0.0.1 localhost\n::1 localhost\n");
        offline = List.of("-Djdk.net.hosts.file=" + hosts);
        port = RunningLauncher.freePort();
        launcher = RunningLauncher.startOn(port, home, offline).awaitReady();
    }

    @AfterAll
    void stopLauncher() throws Exception {
        if (launcher != null) {
            launcher.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start();
        // The README's screenshots: a laptop's window, and smaller images.
        browser.driver().manage().window().setSize(new Dimension(1000, 720));
        steps = new BrowserSteps(browser, launcher);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Override
    public Chromium browser() {
        return browser;
    }

    @Test
    void theServersAddressLeadsToAStartPageWithTheDemoTheConsoleAndTheReadme() throws Exception {
        steps.open("/");
        steps.awaitUrl("/start");
        assertThat(steps.textOf("start-demo")).isEqualTo("The demo application");
        assertThat(steps.isShown("start-snowflake-demo")).as("no emulator runs").isFalse();
        assertThat(browser.driver().findElement(By.id("start-console")).getAttribute("href"))
                .isEqualTo(launcher.url("/system/console/connections"));
        steps.screenshot("start-page");

        steps.click("start-readme");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("## Quick start",
                "java -jar st.connection.launcher/target/st.connection.launcher.jar");

        HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create(launcher.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        assertThat(get("/snowflake-demo").statusCode()).as("not served without --snowflake-emulator").isEqualTo(404);
    }

    @Test
    void theDemoAsksForADemoUserShowsTheOrdersAndLogsOutAndInAgain() throws Exception {
        steps.open("/demo");
        steps.awaitUrl("/login?form=h2&return=%2Fdemo");
        assertThat(steps.textOf("form-h2-description"))
                .isEqualTo("For the demo application /demo: log in as alice (password wonderland) or bob (password builder).");
        assertThat(steps.focused()).as("the first empty field has the focus").isEqualTo("login-h2-user");
        steps.screenshot("login-page");

        steps.logIn("h2", "user", "alice", "password", "wonderland");
        steps.awaitUrl("/demo");
        assertThat(browser.driver().findElements(By.cssSelector("#orders tr.order"))).hasSize(15);
        assertThat(steps.textOf("account")).isEqualTo("Logged in as alice to H2 demo database");
        assertThat(steps.textOf("source")).isEqualTo("Read from H2 demo database (H2) through your own connection.");
        List<WebElement> firstOrder = browser.driver().findElements(By.cssSelector("#orders tr.order")).get(0)
                .findElements(By.tagName("td"));
        assertThat(firstOrder.get(3).getText()).isEqualTo("2026-05-06 09:15");
        assertThat(browser.driver().findElement(By.id("orders")).getText()).doesNotContain(".0 ", "null");
        steps.screenshot("demo-orders");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> asAlice = http.send(HttpRequest.newBuilder(URI.create(launcher.url("/demo")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asAlice.statusCode()).isEqualTo(200);
        HttpHeaders demo = asAlice.headers();
        HttpHeaders login = get("/login?form=h2").headers();
        for (String header : List.of("Content-Security-Policy", "Cache-Control", "X-Content-Type-Options", "Referrer-Policy")) {
            assertThat(demo.firstValue(header)).as(header).isPresent().isEqualTo(login.firstValue(header));
        }

        steps.click("logout");
        steps.awaitUrl("/login?form=h2&return=%2Fdemo");
        assertThat(steps.textOf("page-notice")).isEqualTo("You are logged out of H2 demo database.");
        steps.logIn("h2", "user", "bob", "password", "builder");
        steps.awaitUrl("/demo");
        assertThat(steps.textOf("account")).isEqualTo("Logged in as bob to H2 demo database");

        steps.open("/login?form=h2");
        assertThat(steps.textOf("connected-h2")).matches("You are logged in to H2 demo database as bob since "
                + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.");
        assertThat(browser.driver().getPageSource()).doesNotContain("jdbc");
        steps.click("continue");
        steps.awaitUrl("/demo");
        steps.click("logout");
    }

    @Test
    void aLoginPageLeftOpenShowsItselfAgainWithOneSentenceAfterTheSessionEndedOrTheServerRestarted() throws Exception {
        steps.open("/demo");
        steps.logIn("h2", "user", "alice", "password", "not-the-password");
        assertThat(steps.textOf("login-h2-message")).isEqualTo("The user name or password is not correct.");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        steps.logIn("h2", "password", "wonderland");
        steps.awaitUrl("/login?form=h2&return=%2Fdemo&expired");
        assertThat(steps.textOf("page-notice")).as("after the session ended").isEqualTo(PAGE_EXPIRED);
        assertThat(steps.focused()).isEqualTo("login-h2-user");

        launcher.stop();
        launcher = RunningLauncher.startOn(port, home, offline).awaitReady();
        steps.logIn("h2", "user", "alice", "password", "wonderland");
        steps.awaitUrl("/login?form=h2&return=%2Fdemo&expired");
        assertThat(steps.textOf("page-notice")).as("after a restart").isEqualTo(PAGE_EXPIRED);
        assertThat(browser.driver().findElement(By.id("login-h2-password")).getDomProperty("value")).isEmpty();
        Cookie token = browser.driver().manage().getCookieNamed("st-login-csrf");
        assertThat(token).as("a fresh token of the restarted server").isNotNull();

        steps.logIn("h2", "user", "alice", "password", "wonderland");
        steps.awaitUrl("/demo");
        assertThat(steps.textOf("account")).isEqualTo("Logged in as alice to H2 demo database");
        steps.click("logout");
    }

    @Test
    void theConsolePanelSaysWhichFormIsForWhatAndAMadeUpSnowflakeAccountFailsAtOnce() throws Exception {
        browser.driver().get("http://admin:admin@127.0.0.1:" + port + "/system/console/connections");
        List<String> forms = browser.driver().findElements(By.cssSelector("#yours section.st-form")).stream()
                .map(section -> section.getAttribute("id")).toList();
        assertThat(forms).as("the configured form first").containsExactly("form-h2", "form-snowflake", "form-snowpark");
        assertThat(steps.textOf("form-h2-description")).startsWith("For the demo application /demo");
        assertThat(steps.textOf("form-snowflake-description")).startsWith("Any Snowflake account");
        assertThat(steps.focused()).as("nothing failed yet: the page opens at its top").isNotEqualTo("login-h2-user");

        long started = System.nanoTime();
        steps.logIn("snowflake", "account", "madeup-account-7f3a", "user", "alice", "password", "x");
        assertThat(steps.textOf("login-snowflake-message"))
                .isEqualTo("The Snowflake account was not found; check the account name.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("instead of the driver's retries")
                .isLessThan(Duration.ofSeconds(6));
        assertThat(steps.focused()).isEqualTo("login-snowflake-password");

        steps.logIn("h2", "user", "alice", "password", "not-the-password");
        assertThat(steps.textOf("login-h2-message")).isEqualTo("The user name or password is not correct.");
        assertThat(steps.focused()).isEqualTo("login-h2-password");
        steps.screenshot("console-login-failed");

        steps.logIn("h2", "password", "wonderland");
        assertThat(steps.textOf("connected-h2"))
                .matches("Connected as alice to jdbc since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(steps.textOf("shared-demo")).matches("demo jdbc OPEN \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*");
        steps.screenshot("console-connected");
        steps.click("logout-h2");
        LauncherLog.of(home).assertNoneContains("wonderland", "not-the-password");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(launcher.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
