package st.connection.snowflake.emulator.internal;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's Snowflake databases by name, each its own {@link H2Database}, so that
 * {@code USE DATABASE} changes what unqualified names mean. The default database exists from the
 * start; {@link SnowflakeEmulator#execute} seeds it. Thread safe.
 */
public final class Databases implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Databases.class);

    private final ZoneId timeZone;
    private final String defaultName;
    private final ConcurrentMap<String, H2Database> byName = new ConcurrentHashMap<>();

    public Databases(String defaultName, ZoneId timeZone) throws SQLException {
        this.timeZone = timeZone;
        this.defaultName = defaultName;
        byName.put(defaultName, new H2Database(defaultName, timeZone));
    }

    public H2Database defaultDatabase() {
        return byName.get(defaultName);
    }

    public String defaultName() {
        return defaultName;
    }

    Optional<H2Database> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The database, created empty (with schema PUBLIC) if it does not exist. */
    H2Database getOrCreate(String name) throws SQLException {
        H2Database existing = byName.get(name);
        if (existing != null) {
            return existing;
        }
        synchronized (byName) {
            existing = byName.get(name);
            if (existing == null) {
                existing = new H2Database(name, timeZone);
                byName.put(name, existing);
                LOG.debug("Created database {}", name);
            }
            return existing;
        }
    }

    /** @return false if there was no such database */
    boolean drop(String name) {
        H2Database dropped = byName.remove(name);
        if (dropped != null) {
            dropped.close();
        }
        return dropped != null;
    }

    Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    List<H2Database> all() {
        return names().stream().map(byName::get).filter(d -> d != null).toList();
    }

    static String normalize(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        byName.values().forEach(H2Database::close);
    }
}
