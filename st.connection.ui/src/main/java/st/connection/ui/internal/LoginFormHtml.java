package st.connection.ui.internal;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.Map;
import java.util.Optional;

import st.connection.api.FormField;

/**
 * Writes one login form, or the line that says the person is connected with its Log out button, as
 * HTML. Every value is encoded; secret fields are password inputs that are never filled in. Element
 * ids are stable ({@code login-FORM}, {@code login-FORM-FIELD}, {@code login-FORM-submit},
 * {@code login-FORM-message}, {@code form-FORM-description}, {@code connected-FORM}, {@code logout-FORM})
 * so that tests and people's scripts can find them.
 *
 * <p>Administrators in the console are told which connector a connection is on; application users
 * are told only the form's title, which is what the form is for.
 *
 * <p><b>Threading.</b> Immutable; thread safe.
 */
public final class LoginFormHtml {

    /** Who reads the page. */
    public enum Audience {
        ADMINISTRATOR, APPLICATION_USER
    }

    private final String action;
    private final String csrfToken;
    private final Map<String, String> hidden;
    private final Audience audience;

    /**
     * @param action where the forms post to
     * @param csrfToken the session's token, sent with every form
     * @param hidden more hidden fields to send with every form, e.g. a return address
     * @param audience who reads the page
     */
    public LoginFormHtml(String action, String csrfToken, Map<String, String> hidden, Audience audience) {
        this.action = action;
        this.csrfToken = csrfToken;
        this.hidden = Map.copyOf(hidden);
        this.audience = audience;
    }

    /**
     * @param focus whether the form's first empty field takes the focus when the page opens (one form
     *     of a page at most)
     * @param backTo for a connected application user, the address of the application to go back to
     */
    public void write(StringBuilder html, FormState state, boolean focus, Optional<String> backTo) {
        String form = state.form().name();
        html.append("<section class='st-form' id='form-").append(forHtmlAttribute(form)).append("'>\n<h3>")
                .append(forHtml(state.form().title())).append("</h3>\n");
        if (!state.form().description().isEmpty()) {
            html.append("<p class='st-description' id='form-").append(forHtmlAttribute(form)).append("-description'>")
                    .append(forHtml(state.form().description())).append("</p>\n");
        }
        if (state instanceof FormState.Connected connected) {
            writeConnected(html, connected, backTo);
        } else {
            writeAsking(html, (FormState.Asking) state, focus);
        }
        html.append("</section>\n");
    }

    private void writeConnected(StringBuilder html, FormState.Connected connected, Optional<String> backTo) {
        String form = connected.form().name();
        html.append("<p class='st-connected' id='connected-").append(forHtmlAttribute(form)).append("'>");
        String user = connected.user().isEmpty() ? "(no user name)" : connected.user();
        if (audience == Audience.ADMINISTRATOR) {
            html.append("Connected as <b>").append(forHtml(user)).append("</b> to <b>")
                    .append(forHtml(connected.form().connector())).append("</b> since ")
                    .append(forHtml(DisplayTime.of(connected.since())));
        } else {
            html.append("You are logged in to ").append(forHtml(connected.form().title())).append(" as <b>")
                    .append(forHtml(user)).append("</b> since ").append(forHtml(DisplayTime.of(connected.since())))
                    .append('.');
        }
        html.append("</p>\n");
        backTo.ifPresent(address -> html.append("<p><a id='continue' href='").append(forHtmlAttribute(address))
                .append("'>Back to ").append(forHtml(address)).append("</a></p>\n"));
        openForm(html, null, "logout", form);
        html.append("<button type='submit' id='logout-").append(forHtmlAttribute(form)).append("'>Log out</button>\n</form>\n");
    }

    private void writeAsking(StringBuilder html, FormState.Asking asking, boolean focus) {
        String form = asking.form().name();
        String prefix = "login-" + form;
        if (asking.message() != null) {
            html.append("<p class='st-message' role='alert' id='").append(forHtmlAttribute(prefix)).append("-message'>")
                    .append(forHtml(asking.message())).append("</p>\n");
        }
        openForm(html, prefix, "login", form);
        html.append("<table class='st-fields'>\n");
        boolean focusPending = focus;
        for (FormField field : asking.form().fields()) {
            String id = prefix + "-" + field.name();
            String value = field.secret() ? "" : asking.values().getOrDefault(field.name(), "");
            html.append("<tr><td><label for='").append(forHtmlAttribute(id)).append("'>").append(forHtml(field.label()))
                    .append("</label></td><td><input id='").append(forHtmlAttribute(id)).append("' name='")
                    .append(forHtmlAttribute(field.name())).append("'");
            if (field.secret()) {
                html.append(" type='password' value='' autocomplete='current-password'");
            } else {
                html.append(" type='text' value='").append(forHtmlAttribute(value)).append("'")
                        .append("user".equals(field.name()) ? " autocomplete='username'" : "");
            }
            if (focusPending && value.isEmpty()) {
                html.append(" autofocus");
                focusPending = false;
            }
            html.append("></td></tr>\n");
        }
        html.append("</table>\n<button type='submit' id='").append(forHtmlAttribute(prefix))
                .append("-submit'>Log in</button>\n</form>\n");
    }

    private void openForm(StringBuilder html, String id, String actionName, String form) {
        html.append("<form method='post' accept-charset='UTF-8' action='").append(forHtmlAttribute(action)).append("'");
        if (id != null) {
            html.append(" id='").append(forHtmlAttribute(id)).append("'");
        }
        html.append(">\n");
        hiddenField(html, "csrf", csrfToken);
        hiddenField(html, "action", actionName);
        hiddenField(html, "form", form);
        hidden.forEach((name, value) -> hiddenField(html, name, value));
    }

    private static void hiddenField(StringBuilder html, String name, String value) {
        html.append("<input type='hidden' name='").append(forHtmlAttribute(name)).append("' value='")
                .append(forHtmlAttribute(value)).append("'>\n");
    }
}
