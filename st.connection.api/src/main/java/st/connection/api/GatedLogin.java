package st.connection.api;

import java.util.Map;
import java.util.Objects;

/**
 * The login a gate ({@code st.connection.gate}) let a request through with, for the protected page
 * to show: who is logged in, to what, and how to log out. The gate puts it in the request attribute
 * {@value #REQUEST_ATTRIBUTE}, beside the person's connection.
 *
 * <p>To log out, a page posts {@link #logoutParameters()} to {@link #logoutAction()} as the hidden
 * fields of a form with a button; that closes the connection and shows the login page. The
 * parameters carry the session's CSRF token: put them in a form, never in a link.
 *
 * @param user the user name the person logged in with, or empty when the form asks for none
 * @param formTitle the login form's title, e.g. "H2 demo database"
 * @param logoutAction the path the log-out form posts to
 * @param logoutParameters the hidden fields of the log-out form
 */
public record GatedLogin(String user, String formTitle, String logoutAction, Map<String, String> logoutParameters) {

    /** The request attribute that holds the {@code GatedLogin} of a request a gate let through. */
    public static final String REQUEST_ATTRIBUTE = "st.connection.gatedLogin";

    public GatedLogin {
        user = user == null ? "" : user;
        Objects.requireNonNull(formTitle, "formTitle");
        Objects.requireNonNull(logoutAction, "logoutAction");
        logoutParameters = Map.copyOf(logoutParameters);
    }

    /** The CSRF token is the session's: it is no secret to the person, but it is never written out here. */
    @Override
    public String toString() {
        return "GatedLogin[user=" + user + ", form=" + formTitle + "]";
    }
}
