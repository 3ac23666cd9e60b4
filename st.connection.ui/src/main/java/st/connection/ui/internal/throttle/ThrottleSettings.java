package st.connection.ui.internal.throttle;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import st.connection.api.ConfigurationProblem;

/**
 * The limits of {@link LoginThrottle}, read from a configuration of {@value LoginThrottle#PID}. The
 * keys and their defaults are those of {@link LoginThrottle.Config}; a malformed value is reported
 * with its key and replaced by the default, so that a typo never switches the throttle off.
 *
 * @param userFailures failed logins per user name of a form before each further attempt waits
 * @param addressFailures failed logins per client address before each further attempt waits
 * @param firstDelaySeconds the first wait; each further failure doubles it
 * @param maxDelaySeconds the longest wait
 * @param forgetAfterSeconds a key's failures are forgotten after this long without one
 */
record ThrottleSettings(int userFailures, int addressFailures, int firstDelaySeconds, int maxDelaySeconds,
        int forgetAfterSeconds) {

    static final String USER_FAILURES = "user.failures";
    static final String ADDRESS_FAILURES = "address.failures";
    static final String FIRST_DELAY = "delay.first";
    static final String MAX_DELAY = "delay.max";
    static final String FORGET_AFTER = "forget.after";
    static final String WHOLE_NUMBER = "a whole number from 1 to 1000000";
    private static final int LARGEST = 1_000_000;

    /**
     * The settings read, with the defaults in place of malformed values, and what was malformed.
     */
    record Read(ThrottleSettings settings, List<ConfigurationProblem> problems) {
    }

    static Read read(String pid, Map<String, ?> properties) {
        Map<String, Integer> values = new HashMap<>();
        List<ConfigurationProblem> problems = new ArrayList<>();
        for (Method key : keys()) {
            String name = key.getName().replace('_', '.');
            int fallback = (Integer) key.getDefaultValue();
            Object raw = properties.get(name);
            Integer value = raw == null ? Integer.valueOf(fallback) : wholeNumber(raw);
            if (value == null) {
                problems.add(new ConfigurationProblem(pid, name, shown(raw), WHOLE_NUMBER));
                value = fallback;
            }
            values.put(name, value);
        }
        if (values.get(MAX_DELAY) < values.get(FIRST_DELAY)) {
            problems.add(new ConfigurationProblem(pid, MAX_DELAY, String.valueOf(values.get(MAX_DELAY)),
                    "at least " + FIRST_DELAY + " (" + values.get(FIRST_DELAY) + ")"));
            values.put(MAX_DELAY, values.get(FIRST_DELAY));
        }
        return new Read(new ThrottleSettings(values.get(USER_FAILURES), values.get(ADDRESS_FAILURES),
                values.get(FIRST_DELAY), values.get(MAX_DELAY), values.get(FORGET_AFTER)), problems);
    }

    private static List<Method> keys() {
        return Arrays.stream(LoginThrottle.Config.class.getDeclaredMethods())
                .sorted(Comparator.comparing(Method::getName)).toList();
    }

    /** A huge value would flood the log and the console: its start and its length say enough. */
    private static String shown(Object raw) {
        String value = String.valueOf(raw);
        return value.length() <= 100 ? value : value.substring(0, 100) + "... (" + value.length() + " characters)";
    }

    private static Integer wholeNumber(Object raw) {
        try {
            long value = raw instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(raw).strip());
            boolean whole = !(raw instanceof Double || raw instanceof Float) || ((Number) raw).doubleValue() == value;
            return whole && value >= 1 && value <= LARGEST ? (int) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    long firstDelayNanos() {
        return TimeUnit.SECONDS.toNanos(firstDelaySeconds);
    }

    long forgetAfterNanos() {
        return TimeUnit.SECONDS.toNanos(forgetAfterSeconds);
    }

    /** @return the wait after the {@code extra}-th failure beyond the free ones, counted from 0 */
    long delayNanosAfter(int extra) {
        long seconds = extra >= 30 ? maxDelaySeconds : Math.min(maxDelaySeconds, (long) firstDelaySeconds << extra);
        return TimeUnit.SECONDS.toNanos(seconds);
    }
}
