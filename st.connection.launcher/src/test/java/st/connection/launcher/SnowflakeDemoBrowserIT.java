package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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

/**
 * The README's {@code --snowflake-emulator} in a real browser (headless Chromium): the start page
 * offers the Snowflake demo, whose login page says whom its form is for, and whose orders come
 * through the real Snowflake driver from the emulator, with the same page as the H2 demo's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SnowflakeDemoBrowserIT implements ScreenshotOnFailure.HasBrowser {

    /** Static: JUnit creates it before {@code @BeforeAll} and deletes it after {@code @AfterAll}. */
    @TempDir
    static Path home;

    private RunningLauncher launcher;
    private Chromium browser;
    private BrowserSteps steps;

    @BeforeAll
    void startTheLauncherWithTheEmulator() throws Exception {
        launcher = RunningLauncher.start(home, "--snowflake-emulator");
        launcher.awaitLine("Snowflake emulator at ");
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
    void theStartPageLeadsToTheSnowflakeDemoWhichReadsTheOrdersThroughTheRealDriver() throws Exception {
        steps.open("/");
        steps.click("start-snowflake-demo");
        steps.awaitUrl("/login?form=snowflake&return=%2Fsnowflake-demo");
        assertThat(steps.textOf("form-snowflake-description")).isEqualTo("For the demo application /snowflake-demo: "
                + "log in as alice (password wonderland) or bob (password builder).");
        assertThat(steps.focused()).isEqualTo("login-snowflake-user");

        steps.logIn("snowflake", "user", "alice", "password", "wonderland");
        steps.awaitUrl("/snowflake-demo");
        assertThat(browser.driver().findElements(By.cssSelector("#orders tr.order"))).hasSize(15);
        assertThat(steps.textOf("account")).startsWith("Logged in as alice to Snowflake (emulator on 127.0.0.1:");
        assertThat(steps.textOf("source")).matches("Read from Snowflake \\(emulator on 127\\.0\\.0\\.1:\\d+\\) "
                + "\\(Snowflake\\) through your own connection\\.");
        assertThat(browser.driver().findElements(By.cssSelector("#orders tr.order")).get(0)
                .findElements(By.tagName("td")).get(3).getText()).isEqualTo("2026-05-06 09:15");
        steps.screenshot("snowflake-demo-orders");

        steps.click("logout");
        steps.awaitUrl("/login?form=snowflake&return=%2Fsnowflake-demo");
        assertThat(steps.textOf("page-notice")).startsWith("You are logged out of Snowflake (emulator on ");
    }

    @Test
    void theSnowparkDemoReadsTheOrdersAsDataFramesOfThePersonsOwnSessionAndASharedOne() throws Exception {
        steps.open("/");
        steps.click("start-snowpark-demo");
        steps.awaitUrl("/login?form=snowpark&return=%2Fsnowpark-demo");
        assertThat(steps.textOf("form-snowpark-description")).isEqualTo("For the demo application /snowpark-demo: "
                + "log in as alice (password wonderland) or bob (password builder).");

        steps.logIn("snowpark", "user", "bob", "password", "builder");
        steps.awaitUrl("/snowpark-demo");
        assertThat(browser.driver().findElements(By.cssSelector("#orders tr.order"))).hasSize(15);
        assertThat(browser.driver().findElements(By.cssSelector("#cities tr.city"))).isNotEmpty();
        assertThat(steps.textOf("account")).startsWith("Logged in as bob to Snowpark (emulator on 127.0.0.1:");
        assertThat(browser.driver().findElements(By.cssSelector("#orders tr.order")).get(0)
                .findElements(By.tagName("td")).get(3).getText()).isEqualTo("2026-05-06 09:15");
        steps.screenshot("snowpark-demo-orders");

        steps.click("logout");
        steps.awaitUrl("/login?form=snowpark&return=%2Fsnowpark-demo");
    }
}
