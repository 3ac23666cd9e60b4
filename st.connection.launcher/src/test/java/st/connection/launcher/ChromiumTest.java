package st.connection.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChromiumTest {

    @Test
    void aMissingBrowserFailsTheBrowserTestsInsteadOfSkippingThem() {
        assertThatThrownBy(() -> Chromium.start("/nonexistent/chromium", Chromium.DRIVER))
                .isInstanceOf(AssertionError.class)
                .hasMessage("/nonexistent/chromium is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)");
        assertThatThrownBy(() -> Chromium.start("/bin/sh", "/nonexistent/chromedriver"))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("/nonexistent/chromedriver is missing");
    }
}
