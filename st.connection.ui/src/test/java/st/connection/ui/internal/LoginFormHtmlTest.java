package st.connection.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import st.connection.api.FormField;
import st.connection.api.LoginForm;

class LoginFormHtmlTest {

    private static final LoginForm FORM = new LoginForm("sales", "jdbc", "Sales <b>DB</b>",
            List.of(FormField.text("user", ""), FormField.secret("password"), FormField.text("database", "SALES")),
            Map.of(), 0);
    private final LoginFormHtml html = new LoginFormHtml("/login", "token-123", Map.of("return", "/r?a=1&b='2'"));

    private String write(FormState state) {
        StringBuilder out = new StringBuilder();
        html.write(out, state);
        return out.toString();
    }

    @Test
    void fieldsComeInOrderWithValuesAndTheSecretOneIsNeverFilled() {
        String page = write(new FormState.Asking(FORM, Map.of("user", "alice", "password", "leaked", "database", "SALES"),
                "The user name or password is not correct."));
        assertThat(page).contains("<h3>Sales &lt;b&gt;DB&lt;/b&gt;</h3>")
                .contains("id='login-sales-message'>The user name or password is not correct.</p>")
                .contains("<input id='login-sales-password' name='password' type='password' value='' ")
                .contains("<input id='login-sales-database' name='database' type='text' value='SALES'>")
                .contains("<input type='hidden' name='csrf' value='token-123'>")
                .contains("<input type='hidden' name='return' value='/r?a=1&amp;b=&#39;2&#39;'>")
                .doesNotContain("leaked");
        assertThat(page.indexOf("login-sales-user")).isLessThan(page.indexOf("login-sales-password"));
        assertThat(page.indexOf("login-sales-password")).isLessThan(page.indexOf("login-sales-database"));
    }

    @Test
    void enteredValuesAreEncoded() {
        String page = write(new FormState.Asking(FORM, Map.of("user", "'><script>alert(1)</script>"), null));
        assertThat(page).contains("value='&#39;>&lt;script>alert(1)&lt;/script>'").doesNotContain("<script>");
    }

    @Test
    void aConnectionShowsWhoWhereAndSinceWithALogOutButton() {
        String page = write(new FormState.Connected(FORM, "<alice>", Instant.parse("2026-12-01T10:15:30Z")));
        assertThat(page).contains("id='connected-sales'>Connected as <b>&lt;alice&gt;</b> to <b>jdbc</b> since ")
                .contains("<input type='hidden' name='action' value='logout'>")
                .contains("<button type='submit' id='logout-sales'>Log out</button>")
                .doesNotContain("type='password'");
    }
}
