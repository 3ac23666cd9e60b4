package st.connection.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import st.connection.api.FormField;
import st.connection.api.LoginForm;

class LoginFormHtmlTest {

    private static final LoginForm FORM = new LoginForm("sales", "jdbc", "Sales <b>DB</b>",
            List.of(FormField.text("user", ""), FormField.secret("password"), FormField.text("database", "SALES")),
            Map.of(), 0, "For the <sales> team.");
    private final LoginFormHtml html = new LoginFormHtml("/login", "token-123", Map.of("return", "/r?a=1&b='2'"),
            LoginFormHtml.Audience.ADMINISTRATOR);
    private final LoginFormHtml application = new LoginFormHtml("/login", "token-123", Map.of(),
            LoginFormHtml.Audience.APPLICATION_USER);

    private String write(FormState state) {
        StringBuilder out = new StringBuilder();
        html.write(out, state, false, Optional.empty());
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

    @Test
    void theFormsDescriptionStandsUnderItsTitle() {
        String page = write(new FormState.Asking(FORM, Map.of(), null));
        assertThat(page).contains("<h3>Sales &lt;b&gt;DB&lt;/b&gt;</h3>\n<p class='st-description' "
                + "id='form-sales-description'>For the &lt;sales&gt; team.</p>");
    }

    @Test
    void theFirstEmptyFieldTakesTheFocusOnlyWhenAsked() {
        StringBuilder focused = new StringBuilder();
        html.write(focused, new FormState.Asking(FORM, Map.of("user", "alice", "database", "SALES"), "Wrong."), true,
                Optional.empty());
        assertThat(focused.toString()).contains("name='password' type='password' value='' "
                + "autocomplete='current-password' autofocus>");
        assertThat(focused.toString().split("autofocus", -1)).hasSize(2);
        assertThat(write(new FormState.Asking(FORM, Map.of(), null))).doesNotContain("autofocus");
    }

    @Test
    void applicationUsersAreToldTheFormsTitleNotTheConnectorAndTheWayBack() {
        StringBuilder page = new StringBuilder();
        application.write(page, new FormState.Connected(FORM, "alice", Instant.parse("2026-12-01T10:15:30Z")), false,
                Optional.of("/reports?year=2026&x='1'"));
        assertThat(page.toString()).contains("id='connected-sales'>You are logged in to Sales &lt;b&gt;DB&lt;/b&gt; as "
                + "<b>alice</b> since ")
                .contains("<a id='continue' href='/reports?year=2026&amp;x=&#39;1&#39;'>Back to /reports?year=2026&amp;x=&#39;1&#39;</a>")
                .contains("id='logout-sales'>Log out</button>")
                .doesNotContain("jdbc");
    }
}
