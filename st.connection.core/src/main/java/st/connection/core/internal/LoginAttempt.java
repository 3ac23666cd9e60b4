package st.connection.core.internal;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.Connector;
import st.connection.api.ConnectorUnavailableException;
import st.connection.api.FormField;
import st.connection.api.LoginFailedException;
import st.connection.api.LoginForm;

/**
 * One login: merges what the person entered with the form's fixed options, connects, and forgets
 * the entered values whatever happens. The connect parameters are, as in the seed:
 * <ol>
 * <li>each of the form's fields with what the person entered, or its default when nothing was sent
 *     for it; a field left empty is left out (nothing else is taken from the person);</li>
 * <li>the form's fixed options, which win over what the person typed;</li>
 * <li>the connector's {@link Connector#defaultOptions() default options}, only where neither the form
 *     nor the person gave a value.</li>
 * </ol>
 *
 * <p>What the person is told is built, never edited: the connector's own sentence, or a fixed
 * sentence naming the form, so no entered value and no driver text (which may name internal hosts)
 * can reach the page. The log line adds the driver's reason.
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
        Map<String, Object> params = new HashMap<>();
        String user = userOf(entered);
        try {
            for (FormField field : form.fields()) {
                Object value = entered.get(field.name());
                String refusal = EnteredValue.refusal(field, SecretValues.asString(value));
                if (refusal != null) {
                    throw failed(refusal, user, null);
                }
                Object given = value == null ? field.defaultValue() : value;
                if (!SecretValues.isEmpty(given)) {
                    params.put(field.name(), given);
                }
            }
            params.putAll(form.options());
            connector.defaultOptions().forEach(params::putIfAbsent);
            C connection;
            try {
                connection = connector.connect(params);
            } catch (LoginFailedException | ConnectorUnavailableException e) {
                throw failed(e.getMessage(), user, e.getCause());
            } catch (Exception e) {
                throw failed("Could not log in to " + form.title() + "; the server log says why.", user, e);
            }
            if (connection == null) {
                throw failed("Could not log in to " + form.title() + "; the server log says why.", user,
                        new IllegalStateException("The connector '" + form.connector() + "' returned no connection."));
            }
            return connection;
        } finally {
            SecretValues.forget(params);
            SecretValues.forget(entered);
        }
    }

    private LoginFailedException failed(String message, String user, Throwable cause) {
        String reason = cause == null ? "" : " (" + PersonMessages.summarize(cause) + ")";
        LOG.info("Login with form '{}' as '{}' failed: {}{}", form.name(), EnteredValue.printable(user), message, reason);
        return new LoginFailedException(message, cause);
    }
}
