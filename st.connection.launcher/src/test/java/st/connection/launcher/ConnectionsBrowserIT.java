package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

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
import org.openqa.selenium.WebDriver;

/**
 * What a person does in a real browser (headless Chromium) against the packaged launcher: log in
 * through the console panel and through the demo application's login page, with a wrong and
 * then the right password, use the gated page, log out, and see the login form again when a
 * database administrator kills the session underneath. The forms point at an H2 server in this
 * JVM, so that the test can watch and kill the sessions the launcher opens.
 *
 * <p>Screenshots of the steps are written to {@code target/screenshots/} (the README's come from
 * there); a failing test leaves its screen and page source there too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConnectionsBrowserIT implements ScreenshotOnFailure.HasBrowser {

    private static final String USER = "alice";
    private static final String PASSWORD = "alice-browser-secret";
    private static final String WRONG_PASSWORD = "not-alice-7f3a9c";

    /** Static: JUnit creates it before {@code @BeforeAll} and deletes it after {@code @AfterAll}. */
    @TempDir
    static Path home;

    private RemoteH2 database;
    private RunningLauncher launcher;
    private Chromium browser;
    private BrowserSteps steps;

    @BeforeAll
    void startLauncherOnTheRemoteDatabase() throws Exception {
        database = RemoteH2.start(USER, PASSWORD);
        Files.createDirectories(home.resolve("load"));
        Files.writeString(home.resolve("load/st.connection.login-h2.cfg"), "name=h2\nconnector=jdbc\n"
                + "title=H2 demo database\nfields=user,password:secret\noptions=url=" + database.url() + "\n",
                StandardCharsets.ISO_8859_1);
        launcher = RunningLauncher.start(home).awaitReady();
    }

    @AfterAll
    void stopLauncher() throws Exception {
        try {
            if (launcher != null) {
                launcher.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start();
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
    void consolePanelLogsInShowsTheConnectionAndAsksAgainWhenItIsKilled() throws Exception {
        WebDriver driver = browser.driver();
        driver.get("http://admin:admin@127.0.0.1:" + launcher.port() + "/system/console/connections");
        logIn(WRONG_PASSWORD);
        assertThat(textOf("login-h2-message")).isEqualTo("The user name or password is not correct.");
        assertThat(driver.findElement(By.id("login-h2-user")).getDomProperty("value")).isEqualTo(USER);
        assertThat(driver.findElement(By.id("login-h2-password")).getDomProperty("value")).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(WRONG_PASSWORD);
        screenshot("console-login-failed");

        logIn(PASSWORD);
        assertThat(textOf("connected-h2")).matches("Connected as alice to jdbc since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(database.sessionsOf(USER)).isEqualTo(1);
        assertThat(textOf("shared-demo")).contains("demo jdbc OPEN");
        screenshot("console-connected");

        database.killSessionsOf(USER);
        reloadUntil("the panel asks to log in again", () -> isShown("login-h2-message"));
        assertThat(textOf("login-h2-message")).isEqualTo("Your session ended; please log in again.");
        assertThat(database.sessionsOf(USER)).isZero();
        assertThat(driver.getPageSource()).doesNotContain(PASSWORD, WRONG_PASSWORD);
    }

    @Test
    void theGatedDemoPageSendsThePersonToLogInAndBackAndAgainWhenTheSessionEnds() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(launcher.url("/demo"));
        awaitUrl("/login?form=h2&return=%2Fdemo");
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("looking at the login page starts no session").isNull();
        logIn(WRONG_PASSWORD);
        assertThat(textOf("login-h2-message")).isEqualTo("The user name or password is not correct.");

        logIn(PASSWORD);
        awaitUrl("/demo");
        assertThat(driver.findElements(By.cssSelector("#orders tr.order"))).hasSize(2);
        assertThat(textOf("account")).isEqualTo("Logged in as alice to H2 demo database");
        screenshot("demo-orders");

        driver.get(launcher.url("/login?form=h2"));
        click("logout-h2");
        assertThat(textOf("page-notice")).isEqualTo("You are logged out of H2 demo database.");
        assertThat(database.sessionsOf(USER)).isZero();
        driver.get(launcher.url("/demo"));
        awaitUrl("/login?form=h2&return=%2Fdemo");
        screenshot("login-page");

        logIn(PASSWORD);
        awaitUrl("/demo");
        database.killSessionsOf(USER);
        reloadUntil("the demo page sends the person to log in", () -> driver.getCurrentUrl().contains("/login?"));
        assertThat(textOf("login-h2-message")).isEqualTo("Your session ended; please log in again.");
        LauncherLog.of(home).assertNoneContains(PASSWORD, WRONG_PASSWORD);
    }

    private void logIn(String password) {
        steps.logIn("h2", "user", USER, "password", password);
    }

    private void click(String id) {
        steps.click(id);
    }

    private String textOf(String id) {
        return steps.textOf(id);
    }

    private boolean isShown(String id) {
        return steps.isShown(id);
    }

    private void awaitUrl(String pathAndQuery) {
        steps.awaitUrl(pathAndQuery);
    }

    private void reloadUntil(String what, BooleanSupplier condition) throws InterruptedException {
        steps.reloadUntil(what, condition);
    }

    /** Named apart from the README's images, which {@link QuickStartBrowserIT} takes on the demo's own data. */
    private void screenshot(String name) throws IOException {
        steps.screenshot("sessions-" + name);
    }
}
