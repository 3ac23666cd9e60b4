package st.connection.ui.internal;

import java.time.Instant;
import java.util.Map;

import st.connection.api.LoginForm;

/** What to show for one login form: the person's live connection, or the form to log in with. */
public sealed interface FormState {

    LoginForm form();

    /**
     * The person is connected through the form.
     *
     * @param user the user name entered at login, or empty
     * @param since when the connection was opened
     */
    record Connected(LoginForm form, String user, Instant since) implements FormState {
    }

    /**
     * The form must be filled in.
     *
     * @param values what to fill the non-secret fields with: the person's last entries, else the defaults
     * @param message why the person sees the form again (a failed login, a session that ended), or {@code null}
     */
    record Asking(LoginForm form, Map<String, String> values, String message) implements FormState {

        public Asking {
            values = Map.copyOf(values);
        }
    }
}
