package st.connection.snowflake.emulator.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
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
 */
@Component(configurationPid = ConfiguredEmulator.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = EmulatorConfig.class)
public final class ConfiguredEmulator {

    static final String PID = "st.connection.snowflake.emulator";
    static final String URL_PROPERTY = "st.connection.snowflake.emulator.url";
    static final String IDLE_TIMEOUT_KEY = "idle.timeout.seconds";
    /** As {@link SnowflakeEmulator.Builder#idleTimeout} requires. */
    private static final long MINIMUM_IDLE_SECONDS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredEmulator.class);

    private final SnowflakeEmulator emulator;
    private final ServiceRegistration<SnowflakeEmulator> registration;

    @Activate
    public ConfiguredEmulator(BundleContext context, Map<String, Object> properties) {
        EmulatorSettings settings;
        try {
            settings = EmulatorSettings.read(properties);
        } catch (IllegalArgumentException e) {
            LOG.warn("Configuration problem: {}: {}", PID, e.getMessage());
            emulator = null;
            registration = null;
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
    void stop() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework while our bundle stops
            }
            emulator.close();
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
