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
 * @param validationIntervalMillis how long a person's connection found alive is trusted before it
 *     is checked again, in milliseconds; 0 checks on every {@code get()}
 * @param description one sentence shown under the title that says whom the form is for, or empty
 */
public record LoginForm(String name, String connector, String title, List<FormField> fields,
        Map<String, String> options, long ttlSeconds, long validationIntervalMillis, String description) {

    /** The validation interval of a form that sets none, in milliseconds. */
    public static final long DEFAULT_VALIDATION_INTERVAL_MILLIS = 500;

    /** A form with the {@linkplain #DEFAULT_VALIDATION_INTERVAL_MILLIS default validation interval}, without a description. */
    public LoginForm(String name, String connector, String title, List<FormField> fields, Map<String, String> options,
            long ttlSeconds) {
        this(name, connector, title, fields, options, ttlSeconds, DEFAULT_VALIDATION_INTERVAL_MILLIS, "");
    }

    /** A form with this validation interval, without a description. */
    public LoginForm(String name, String connector, String title, List<FormField> fields, Map<String, String> options,
            long ttlSeconds, long validationIntervalMillis) {
        this(name, connector, title, fields, options, ttlSeconds, validationIntervalMillis, "");
    }

    /** A form with the {@linkplain #DEFAULT_VALIDATION_INTERVAL_MILLIS default validation interval}, and a description. */
    public LoginForm(String name, String connector, String title, List<FormField> fields, Map<String, String> options,
            long ttlSeconds, String description) {
        this(name, connector, title, fields, options, ttlSeconds, DEFAULT_VALIDATION_INTERVAL_MILLIS, description);
    }

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
        if (validationIntervalMillis < 0) {
            throw new IllegalArgumentException("validationIntervalMillis must be 0 or more, was " + validationIntervalMillis);
        }
    }
}
