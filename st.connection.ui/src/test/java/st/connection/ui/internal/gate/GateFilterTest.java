package st.connection.ui.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

import st.connection.api.LoginRequiredException;

class GateFilterTest {

    private static final LoginRequiredException ENDED = new LoginRequiredException("h2", "Your session ended.");

    @Test
    void findsALoginRequiredExceptionHoweverDeeplyItIsWrapped() {
        assertThat(GateFilter.loginRequiredIn(ENDED)).isSameAs(ENDED);
        assertThat(GateFilter.loginRequiredIn(new IllegalStateException("report",
                new UncheckedIOException(new IOException("read", ENDED))))).isSameAs(ENDED);
        assertThat(GateFilter.loginRequiredIn(new ServletException("servlet", new RuntimeException(ENDED)))).isSameAs(ENDED);
    }

    @Test
    void findsNoneWhereThereIsNone() {
        RuntimeException selfCaused = new RuntimeException("loop");
        assertThat(GateFilter.loginRequiredIn(new IllegalStateException("x", selfCaused))).isNull();
        assertThat(GateFilter.loginRequiredIn(new ServletException("servlet"))).isNull();
    }
}
