package st.connection.api;

/** There is no live personal connection for a login form: the person must log in (again). */
public class LoginRequiredException extends ConnectionException {

    private static final long serialVersionUID = 1L;

    private final String formName;

    public LoginRequiredException(String formName, String message) {
        super(message);
        this.formName = formName;
    }

    /** @return the name of the login form to show */
    public String formName() {
        return formName;
    }
}
