package st.connection.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does on a page, as the browser tests do it: type, click and wait for the next page, read. */
final class BrowserSteps {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Chromium browser;
    private final RunningLauncher launcher;

    BrowserSteps(Chromium browser, RunningLauncher launcher) {
        this.browser = browser;
        this.launcher = launcher;
    }

    WebDriver driver() {
        return browser.driver();
    }

    void open(String path) {
        driver().get(launcher.url(path));
    }

    /** Fills the fields of a login form (the ones given, after clearing them) and submits it. */
    void logIn(String form, String... fieldsAndValues) {
        new WebDriverWait(driver(), PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-" + form + "-submit")));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            WebElement field = driver().findElement(By.id("login-" + form + "-" + fieldsAndValues[i]));
            field.clear();
            field.sendKeys(fieldsAndValues[i + 1]);
        }
        click("login-" + form + "-submit");
    }

    /**
     * Clicks and waits for the page the click leads to. Asked about an element while the page is being
     * replaced, Chromium sometimes answers that the node "does not belong to the document" instead of
     * calling it stale: the same thing, for this wait.
     */
    void click(String id) {
        WebElement element = driver().findElement(By.id(id));
        element.click();
        new WebDriverWait(driver(), PATIENCE).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** @return the element's text with its white space collapsed, waiting for it to be shown */
    String textOf(String id) {
        return new WebDriverWait(driver(), PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getText().replaceAll("\\s+", " ").strip();
    }

    boolean isShown(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    /** @return the id of the element that has the focus */
    String focused() {
        return driver().switchTo().activeElement().getAttribute("id");
    }

    void awaitUrl(String pathAndQuery) {
        new WebDriverWait(driver(), PATIENCE).until(ExpectedConditions.urlToBe(launcher.url(pathAndQuery)));
    }

    /** Reloads the page until the condition holds, as a person would press F5. */
    void reloadUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(200);
            driver().navigate().refresh();
        }
    }

    void screenshot(String name) throws IOException {
        browser.screenshot(ScreenshotOnFailure.DIRECTORY.resolve(name + ".png"));
    }
}
