package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * README's "Protecting an application path", in code, in a real browser (headless Chromium): the
 * example application, which declares its login form and its gated servlet and configures nothing,
 * dropped into a running launcher's {@code load/}, sends a person to its form, shows them the orders
 * once they logged in, and takes its page, its form and their connection along when it is deleted.
 */
@ExtendWith(ScreenshotOnFailure.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ApplicationDropInBrowserIT implements ScreenshotOnFailure.HasBrowser {

    private static final String FORM = "example-orders";
    private static final String PAGE = "/example/orders";

    @TempDir
    Path home;

    private RunningLauncher launcher;
    private Chromium browser;

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (launcher != null) {
            launcher.close();
        }
    }

    @Override
    public Chromium browser() {
        return browser;
    }

    @Test
    void anApplicationDroppedIntoLoadGatesItsPageWithItsOwnFormAndTakesItAndItsConnectionsAlongWhenDeleted()
            throws Exception {
        launcher = RunningLauncher.start(home).awaitReady();
        browser = Chromium.start();
        BrowserSteps steps = new BrowserSteps(browser, launcher);
        Path dropped = home.resolve("load/st.connection.example.app.jar");

        Files.copy(Path.of(System.getProperty("example.application.jar")), dropped);

        steps.reloadUntil("the application's page is gated", () -> {
            steps.open(PAGE);
            return browser.driver().getCurrentUrl().equals(launcher.url("/login?form=" + FORM + "&return=%2Fexample%2Forders"));
        });
        assertThat(steps.textOf("form-" + FORM + "-description"))
                .isEqualTo("For the example application /example/orders: your user name and password of the demo database.");
        assertThat(browser.driver().getPageSource()).as("the fixed options are no fields")
                .doesNotContain("jdbc:", "login-" + FORM + "-ttl", "login-" + FORM + "-url");

        steps.logIn(FORM, "user", "alice", "password", "wonderland");
        steps.awaitUrl(PAGE);
        String orders = browser.driver().findElement(By.tagName("body")).getText();
        assertThat(orders).startsWith("Orders by status, read as alice from Orders by status").contains("OPEN: 8", "SHIPPED: 5");

        Files.delete(dropped);

        steps.reloadUntil("the page is gone", () -> !browser.driver().getPageSource().contains("Orders by status"));
        steps.open("/login?form=" + FORM);
        assertThat(browser.driver().getPageSource()).doesNotContain("id='login-" + FORM + "'");
        assertThat(launcher.output()).anyMatch(line -> line.contains(
                "Login form '" + FORM + "' of bundle st.connection.example.app withdrawn; its personal connections are closed"));
        assertThat(launcher.output()).anyMatch(line -> line.contains(
                "Connection of 'alice' for form '" + FORM + "' was closed: the form was withdrawn"));
    }
}
