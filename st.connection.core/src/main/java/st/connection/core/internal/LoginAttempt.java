package st.connection.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;

/**
 * One login: merges what the person entered with the form's fixed options, connects, and forgets
 * the entered values whatever happens. Only the form's own fields are taken from the person;
 * fixed options cannot be overridden.
 */
final class LoginAttempt<C> {

    static final int MAX_VALUE_LENGTH = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempt.class);

    private final LoginForm form;
    private final Connector<C> connector;

    LoginAttempt(LoginForm form, Connector<C> connector) {
        this.form = form;
        this.connector = connector;
    }

    /** @return the user name entered, for display; empty if the form has no user field */
    static String userOf(Map<String, ?> entered) {
        Object user = entered.get("user");
        return user == null ? "" : SecretValues.asString(user);
    }

    C connect(Map<String, ?> entered) throws LoginFailedException {
        Map<String, Object> params = new HashMap<>(connector.defaultOptions());
        Set<String> secretKeys = new HashSet<>();
        String user = userOf(entered);
        try {
            for (FormField field : form.fields()) {
                Object value = entered.get(field.name());
                String text = SecretValues.asString(value);
                if (text != null && text.length() > MAX_VALUE_LENGTH) {
                    throw new LoginFailedException("The value for " + field.label() + " is too long (at most "
                            + MAX_VALUE_LENGTH + " characters).");
                }
                params.put(field.name(), value == null ? field.defaultValue() : value);
                if (field.secret()) {
                    secretKeys.add(field.name());
                }
            }
            params.putAll(form.options());
            try {
                return connector.connect(params);
            } catch (LoginFailedException e) {
                throw failed(SecretValues.redact(e.getMessage(), params, secretKeys), user, null);
            } catch (ConnectorUnavailableException e) {
                throw failed(e.getMessage(), user, null);
            } catch (Exception e) {
                String reason = SecretValues.redact(PersonMessages.summarize(e), params, secretKeys);
                throw failed("Could not log in to " + form.title() + ": " + reason, user, e);
            }
        } finally {
            SecretValues.forget(params);
            SecretValues.forget(entered);
        }
    }

    private LoginFailedException failed(String message, String user, Exception cause) {
        LOG.info("Login with form '{}' as '{}' failed: {}", form.name(), user, message);
        return cause == null ? new LoginFailedException(message) : new LoginFailedException(message, cause);
    }
}
