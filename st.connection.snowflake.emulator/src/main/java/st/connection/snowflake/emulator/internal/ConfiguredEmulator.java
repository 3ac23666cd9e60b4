package st.connection.snowflake.emulator.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.snowflake.emulator.SnowflakeEmulator;

/**
 * The emulator an {@code st.connection.snowflake.emulator} configuration asks for, running while
 * the configuration exists and registered as a {@link SnowflakeEmulator} service with its
 * {@value #URL_PROPERTY}. A malformed configuration starts nothing and says why in one WARN line.
 *
 * <p>A {@code ManagedService}, not a configured component: a component's properties are public
 * (the Web Console's Configuration Status zip lists them unmasked), and {@code users} holds
 * passwords, resolved by the interpolation plugin from {@code $[secret:...]}. Config Admin calls
 * {@link #updated} from one thread, in order. Immediate: Config Admin lets go of the service after
 * each call, which would end a delayed component and the emulator with it.
 */
@Component(service = ManagedService.class, immediate = true, configurationPid = ConfiguredEmulator.PID,
        configurationPolicy = ConfigurationPolicy.IGNORE, property = Constants.SERVICE_PID + "=" + ConfiguredEmulator.PID)
@Designate(ocd = EmulatorConfig.class)
public final class ConfiguredEmulator implements ManagedService {

    static final String PID = "st.connection.snowflake.emulator";
    static final String URL_PROPERTY = "st.connection.snowflake.emulator.url";
    static final String IDLE_TIMEOUT_KEY = "idle.timeout.seconds";
    /** As {@link SnowflakeEmulator.Builder#idleTimeout} requires. */
    private static final long MINIMUM_IDLE_SECONDS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredEmulator.class);

    private final BundleContext context;
    /** Guarded by {@code this}; {@code null} while no valid configuration exists. */
    private SnowflakeEmulator emulator;
    /** Guarded by {@code this}. */
    private ServiceRegistration<SnowflakeEmulator> registration;
    /** Guarded by {@code this}: once deactivated, no emulator starts any more. */
    private boolean active = true;

    @Activate
    public ConfiguredEmulator(BundleContext context) {
        this.context = context;
    }

    /** @param configuration the configuration, or {@code null} when there is none (any more) */
    @Override
    public synchronized void updated(Dictionary<String, ?> configuration) {
        stop();
        if (!active || configuration == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        for (String key : Collections.list(configuration.keys())) {
            properties.put(key, configuration.get(key));
        }
        EmulatorSettings settings;
        try {
            settings = EmulatorSettings.read(properties);
        } catch (IllegalArgumentException e) {
            LOG.warn("Configuration problem: {}: {}", PID, e.getMessage());
            return;
        }
        SnowflakeEmulator.Builder builder = SnowflakeEmulator.builder().port(settings.port())
                .account(settings.account()).timeZone(settings.timeZone()).database(settings.database())
                .idleTimeout(settings.idleTimeout());
        settings.users().forEach(builder::user);
        emulator = builder.start();
        Dictionary<String, Object> serviceProperties = new Hashtable<>();
        serviceProperties.put(URL_PROPERTY, emulator.jdbcUrl());
        serviceProperties.put(Constants.SERVICE_DESCRIPTION, "Snowflake emulator on " + emulator.jdbcUrl());
        registration = context.registerService(SnowflakeEmulator.class, emulator, serviceProperties);
        LOG.info("Snowflake emulator for {} started at {} (users: {})", PID, emulator.jdbcUrl(),
                settings.users().isEmpty() ? "any" : String.join(", ", settings.users().keySet()));
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        stop();
    }

    private void stop() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework while our bundle stops
            }
            emulator.close();
            registration = null;
            emulator = null;
        }
    }

    /** What a configuration asks for; {@link #read} throws with the key and the expected form. */
    record EmulatorSettings(int port, String account, ZoneId timeZone, Map<String, String> users, String database,
            Duration idleTimeout) {

        EmulatorSettings(int port, String account, ZoneId timeZone, Map<String, String> users) {
            this(port, account, timeZone, users, SnowflakeEmulator.DEFAULT_DATABASE, SnowflakeEmulator.DEFAULT_IDLE_TIMEOUT);
        }

        static EmulatorSettings read(Map<String, Object> properties) {
            return new EmulatorSettings(port(properties.get("port")),
                    text(properties.get("account"), SnowflakeEmulator.DEFAULT_ACCOUNT),
                    zone(properties.get("timezone")), UserEntries.parse(properties.get("users")),
                    text(properties.get("database"), SnowflakeEmulator.DEFAULT_DATABASE),
                    idleTimeout(properties.get(IDLE_TIMEOUT_KEY)));
        }

        private static Duration idleTimeout(Object value) {
            String text = text(value, Long.toString(SnowflakeEmulator.DEFAULT_IDLE_TIMEOUT.toSeconds()));
            try {
                long seconds = Long.parseLong(text);
                if (seconds >= MINIMUM_IDLE_SECONDS) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(IDLE_TIMEOUT_KEY + " is '" + text + "'; expected whole seconds, at least "
                    + MINIMUM_IDLE_SECONDS + " (Snowflake's default is 14400, four hours)");
        }

        private static int port(Object value) {
            String text = text(value, "0");
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("port is '" + text + "'; expected a port number from 0 (a free port) to 65535");
        }

        private static ZoneId zone(Object value) {
            String text = text(value, "UTC");
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("timezone is '" + text + "'; expected a time zone id such as UTC or Europe/Zurich");
            }
        }

        private static String text(Object value, String defaultValue) {
            String text = value == null ? "" : String.valueOf(value).strip();
            return text.isEmpty() ? defaultValue : text;
        }

        @Override
        public String toString() {
            return "EmulatorSettings[port=" + port + ", account=" + account + ", users=" + users.keySet() + "]";
        }
    }
}
