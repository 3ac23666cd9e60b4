package st.connection.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A login form: what a person is asked for to open their own connection.
 *
 * <p>Instances are immutable. Forms come from {@code st.connection.login} configurations or from
 * a connector's {@link Connector#defaultFormFields() defaults}; see {@link ConnectionService#loginForms()}.
 *
 * @param name unique form name, e.g. {@code "h2"}
 * @param connector name of the connector that opens the connection
 * @param title the heading shown above the form
 * @param fields the fields asked for, in order
 * @param options fixed connect parameters added to what the person enters
 * @param ttlSeconds how long query results are cached, in seconds; 0 means no caching
 * @param description one sentence shown under the title that says whom the form is for, or empty
 */
public record LoginForm(String name, String connector, String title, List<FormField> fields,
        Map<String, String> options, long ttlSeconds, String description) {

    public LoginForm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connector, "connector");
        title = title == null || title.isBlank() ? name : title;
        description = description == null ? "" : description.strip();
        fields = List.copyOf(fields);
        options = Map.copyOf(options);
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttlSeconds must be 0 or more, was " + ttlSeconds);
        }
    }

    /** A form without a description. */
    public LoginForm(String name, String connector, String title, List<FormField> fields, Map<String, String> options,
            long ttlSeconds) {
        this(name, connector, title, fields, options, ttlSeconds, "");
    }
}
