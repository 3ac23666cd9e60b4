package st.connection.ui.internal;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.util.Map;

import st.connection.api.FormField;

/**
 * Writes one login form, or the "connected as" line with its Log out button, as HTML. Every value
 * is encoded; secret fields are password inputs that are never filled in. Element ids are stable
 * ({@code login-FORM}, {@code login-FORM-FIELD}, {@code login-FORM-submit}, {@code login-FORM-message},
 * {@code connected-FORM}, {@code logout-FORM}) so that tests and people's scripts can find them.
 *
 * <p><b>Threading.</b> Immutable; thread safe.
 */
public final class LoginFormHtml {

    private final String action;
    private final String csrfToken;
    private final Map<String, String> hidden;

    /**
     * @param action where the forms post to
     * @param csrfToken the session's token, sent with every form
     * @param hidden more hidden fields to send with every form, e.g. a return address
     */
    public LoginFormHtml(String action, String csrfToken, Map<String, String> hidden) {
        this.action = action;
        this.csrfToken = csrfToken;
        this.hidden = Map.copyOf(hidden);
    }

    public void write(StringBuilder html, FormState state) {
        String form = state.form().name();
        html.append("<section class='st-form' id='form-").append(forHtmlAttribute(form)).append("'>\n<h3>")
                .append(forHtml(state.form().title())).append("</h3>\n");
        if (state instanceof FormState.Connected connected) {
            writeConnected(html, connected);
        } else {
            writeAsking(html, (FormState.Asking) state);
        }
        html.append("</section>\n");
    }

    private void writeConnected(StringBuilder html, FormState.Connected connected) {
        String form = connected.form().name();
        html.append("<p class='st-connected' id='connected-").append(forHtmlAttribute(form)).append("'>Connected as <b>")
                .append(forHtml(connected.user().isEmpty() ? "(no user name)" : connected.user())).append("</b> to <b>")
                .append(forHtml(connected.form().connector())).append("</b> since ")
                .append(forHtml(DisplayTime.of(connected.since()))).append("</p>\n");
        openForm(html, null, "logout", form);
        html.append("<button type='submit' id='logout-").append(forHtmlAttribute(form)).append("'>Log out</button>\n</form>\n");
    }

    private void writeAsking(StringBuilder html, FormState.Asking asking) {
        String form = asking.form().name();
        String prefix = "login-" + form;
        if (asking.message() != null) {
            html.append("<p class='st-message' role='alert' id='").append(forHtmlAttribute(prefix)).append("-message'>")
                    .append(forHtml(asking.message())).append("</p>\n");
        }
        openForm(html, prefix, "login", form);
        html.append("<table class='st-fields'>\n");
        for (FormField field : asking.form().fields()) {
            String id = prefix + "-" + field.name();
            html.append("<tr><td><label for='").append(forHtmlAttribute(id)).append("'>").append(forHtml(field.label()))
                    .append("</label></td><td><input id='").append(forHtmlAttribute(id)).append("' name='")
                    .append(forHtmlAttribute(field.name())).append("'");
            if (field.secret()) {
                html.append(" type='password' value='' autocomplete='current-password'");
            } else {
                html.append(" type='text' value='").append(forHtmlAttribute(asking.values().getOrDefault(field.name(), "")))
                        .append("'").append("user".equals(field.name()) ? " autocomplete='username'" : "");
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
