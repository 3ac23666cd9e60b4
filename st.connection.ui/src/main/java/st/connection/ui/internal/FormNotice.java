package st.connection.ui.internal;

import java.io.Serializable;
import java.util.Map;

/**
 * A message to show next to a login form once, and the values to fill it with again.
 *
 * @param message one sentence for the person, e.g. why the login failed
 * @param values what the person had entered in the form's non-secret fields; never a secret
 */
record FormNotice(String message, Map<String, String> values) implements Serializable {

    FormNotice {
        values = Map.copyOf(values);
    }
}
