package st.connection.ui.internal.throttle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.ConfigurationProblem;

/**
 * Limits failed logins through the login page and the console's forms, per user name of a form and
 * per client address, with waits that double with each failure beyond a few free ones. An attempt
 * refused here never reaches the data source, so the data source sees a bounded number of failures
 * (and does not lock its users out), and guessing passwords online takes years instead of hours.
 *
 * <p>Two counts, so that one guessing machine cannot lock a person out: the count of an address
 * stops that machine after a few failures, well before the count of the user name (over every
 * address) stops everybody; a success forgets the user name's failures, never an address's.
 *
 * <p><b>Threading.</b> Thread safe.
 */
@Component(service = LoginThrottle.class, configurationPid = LoginThrottle.PID)
@Designate(ocd = LoginThrottle.Config.class)
public class LoginThrottle {

    public static final String PID = "st.connection.login.throttle";
    private static final int LONGEST_USER_KEY = 256;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    @ObjectClassDefinition(id = PID, name = "st.connection login throttle",
            description = "Limits failed logins through the login page and the console's login forms. After the free "
                    + "failures, each further attempt waits, twice as long after each failure; a refused attempt gets "
                    + "HTTP 429 and never reaches the data source. Keep the failures per user name below the data "
                    + "source's own lock-out threshold.")
    public @interface Config {

        @AttributeDefinition(name = "Free failures per user name", description = "Failed logins with one user name "
                + "of one form, from any address, before each further attempt must wait. A successful login "
                + "forgets them.", min = "1")
        int user_failures() default 10;

        @AttributeDefinition(name = "Free failures per address", description = "Failed logins from one client "
                + "address (IPv6: one /64 network), with any user name, before each further attempt must wait.",
                min = "1")
        int address_failures() default 5;

        @AttributeDefinition(name = "First wait (seconds)", description = "The wait after the free failures; it "
                + "doubles with each further failure.", min = "1")
        int delay_first() default 1;

        @AttributeDefinition(name = "Longest wait (seconds)", description = "The wait stops growing here.", min = "1")
        int delay_max() default 900;

        @AttributeDefinition(name = "Forget after (seconds)", description = "Failures of a user name or an address "
                + "are forgotten after this long without another one.", min = "1")
        int forget_after() default 900;
    }

    private final FailedLogins failures;
    private volatile List<ConfigurationProblem> problems = List.of();

    @Activate
    public LoginThrottle(Map<String, Object> properties) {
        this(properties, System::nanoTime);
    }

    LoginThrottle(Map<String, Object> properties, LongSupplier nanoTime) {
        this.failures = new FailedLogins(read(properties), nanoTime);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        failures.use(read(properties));
    }

    private ThrottleSettings read(Map<String, Object> properties) {
        ThrottleSettings.Read read = ThrottleSettings.read(String.valueOf(properties.getOrDefault(Constants.SERVICE_PID,
                PID)), properties);
        read.problems().forEach(problem -> LOG.warn("Configuration problem: {} The default is used.", problem.message()));
        problems = read.problems();
        return read.settings();
    }

    /** @return the malformed values of the configuration, each replaced by its default */
    public List<ConfigurationProblem> problems() {
        return problems;
    }

    /**
     * Starts a login attempt. End it with {@link Attempt#end}.
     *
     * @param form the login form's name
     * @param user the user name entered, or empty if the form has none (then only the address counts)
     * @param address the client's address, as {@code ServletRequest.getRemoteAddr()} gives it
     * @throws LoginThrottledException if the user name or the address must wait
     */
    public Attempt start(String form, String user, String address) {
        ThrottleSettings limits = failures.settings();
        List<FailedLogins.Key> keys = new ArrayList<>(2);
        keys.add(new FailedLogins.Key("address:" + ClientAddress.of(address), limits.addressFailures(), false));
        if (!user.isBlank()) {
            String name = user.strip().toLowerCase(Locale.ROOT);
            keys.add(new FailedLogins.Key("user:" + form + ":" + name.substring(0, Math.min(name.length(),
                    LONGEST_USER_KEY)), limits.userFailures(), true));
        }
        long waitSeconds = failures.tryStart(keys);
        if (waitSeconds > 0) {
            // Refusals cost nothing and come as fast as a guesser sends them: not worth a line each in the log.
            LOG.debug("Login with form '{}' refused for {} s: too many failed logins for this user name or from {}", form,
                    waitSeconds, address);
            throw new LoginThrottledException(waitSeconds);
        }
        return new Attempt(keys);
    }

    /** A login attempt that was let through; its end is counted once. */
    public final class Attempt {

        private final List<FailedLogins.Key> keys;
        private boolean ended;

        private Attempt(List<FailedLogins.Key> keys) {
            this.keys = keys;
        }

        /** @param connected whether the login opened a connection */
        public synchronized void end(boolean connected) {
            if (!ended) {
                ended = true;
                failures.end(keys, connected);
            }
        }
    }
}
