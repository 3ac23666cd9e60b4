package st.connection.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves the browser's screen and page source to {@code target/screenshots/} when a test fails,
 * before any {@code @AfterEach} closes the browser. The test class provides the browser.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    /** Implemented by tests that drive a browser. */
    interface HasBrowser {
        Chromium browser();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isEmpty() || !(context.getRequiredTestInstance() instanceof HasBrowser test)
                || test.browser() == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        test.browser().screenshot(DIRECTORY.resolve(name + "-failure.png"));
        Files.writeString(DIRECTORY.resolve(name + "-failure.html"), test.browser().driver().getPageSource(),
                StandardCharsets.UTF_8);
    }
}
