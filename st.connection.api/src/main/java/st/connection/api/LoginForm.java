package st.connection.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A login form: what a person is asked for to open their own connection.
 *
 * <p>Instances are immutable. Forms come from {@code st.connection.login} configurations, from
 * applications that register a {@code LoginForm} as a service (offered while the service is
 * registered; the personal connections opened through it are closed when it goes), or from a
 * connector's {@link Connector#defaultFormFields() defaults}; see {@link ConnectionService#loginForms()}.
 *
 * <p><b>Options the platform reads itself.</b> As in a seed's {@code login(form_options, options,
 * form_title)}, the options may hold {@value #TTL} (seconds results are cached),
 * {@value #VALIDATION_INTERVAL} (milliseconds) and {@value #CACHE_SCOPE} (only {@code session}: a
 * person's results are their own). The constructor takes them out of {@link #options()} into
 * {@link #ttlSeconds()} and {@link #validationIntervalMillis()}, so they never reach the connector.
 * A form that sets one of them twice, differently (a {@code ttlSeconds} other than 0 and a
 * {@code ttl} option of another value; a {@code validationIntervalMillis} other than the default and
 * a {@code validation.interval} option of another value), is refused.
 *
 * @param name unique form name, e.g. {@code "h2"}
 * @param connector name of the connector that opens the connection
 * @param title the heading shown above the form
 * @param fields the fields asked for, in order
 * @param options fixed connect parameters added to what the person enters, which win over it;
 *     {@value #TTL}, {@value #VALIDATION_INTERVAL} and {@value #CACHE_SCOPE} among them are read by the
 *     platform and left out
 * @param ttlSeconds how long query results are cached, in seconds; 0 means no caching (or the
 *     {@value #TTL} option's value)
 * @param validationIntervalMillis how long a person's connection found alive is trusted before it
 *     is checked again, in milliseconds; 0 checks on every {@code get()}
 * @param description one sentence shown under the title that says whom the form is for, or empty
 */
public record LoginForm(String name, String connector, String title, List<FormField> fields,
        Map<String, String> options, long ttlSeconds, long validationIntervalMillis, String description) {

    /** The option that sets {@link #ttlSeconds()}, as in the seed: a {@code ttl} among the options turns caching on. */
    public static final String TTL = "ttl";

    /** The option that sets {@link #validationIntervalMillis()}. */
    public static final String VALIDATION_INTERVAL = "validation.interval";

    /** The option that names the cache scope; a personal connection's is always {@code session}. */
    public static final String CACHE_SCOPE = "cache.scope";

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
        Map<String, String> toConnector = new LinkedHashMap<>(options);
        ttlSeconds = fromOption(toConnector.remove(TTL), TTL, "ttlSeconds", ttlSeconds, 0);
        validationIntervalMillis = fromOption(toConnector.remove(VALIDATION_INTERVAL), VALIDATION_INTERVAL,
                "validationIntervalMillis", validationIntervalMillis, DEFAULT_VALIDATION_INTERVAL_MILLIS);
        String scope = toConnector.remove(CACHE_SCOPE);
        if (scope != null && !scope.strip().toLowerCase(Locale.ROOT).equals("session")) {
            throw new IllegalArgumentException("The option " + CACHE_SCOPE + " of login form '" + name
                    + "' can only be 'session' (a person's results are their own), was '" + scope + "'");
        }
        options = Map.copyOf(toConnector);
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("ttlSeconds must be 0 or more, was " + ttlSeconds);
        }
        if (validationIntervalMillis < 0) {
            throw new IllegalArgumentException("validationIntervalMillis must be 0 or more, was " + validationIntervalMillis);
        }
    }

    /**
     * @return the option's value if there is one and the component agrees with it (it does when it is
     *     at its default, which means it was not set), else the component's value
     */
    private static long fromOption(String option, String key, String component, long given, long unset) {
        if (option == null) {
            return given;
        }
        long value;
        try {
            value = Long.parseLong(option.strip());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0) {
            throw new IllegalArgumentException("The option " + key + " must be a whole number, 0 or more, was '"
                    + option + "'");
        }
        if (given != unset && given != value) {
            throw new IllegalArgumentException("The form sets " + key + " twice, differently: " + component + " is "
                    + given + " and the option " + key + " is " + value + "; set it in one place");
        }
        return value;
    }
}
