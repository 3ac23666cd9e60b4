package st.connection.cache.jdbc.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.jdbc.ResultReplay;

/**
 * The {@link ResultReplay} services present now, and which one knows a connection's driver. A
 * choice stays valid until the replays change. Thread safe.
 */
final class ReplayRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayRegistry.class);

    private final List<ResultReplay> replays = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();

    /**
     * A connection's replay.
     *
     * @param replay the replay, or {@code null} if none knows the driver
     * @param driver the driver's name and version, for messages
     * @param version the registry's version when chosen
     */
    record Choice(ResultReplay replay, String driver, long version) {
    }

    void add(ResultReplay replay) {
        replays.add(replay);
        version.incrementAndGet();
    }

    void remove(ResultReplay replay) {
        replays.remove(replay);
        version.incrementAndGet();
    }

    boolean isCurrent(Choice choice) {
        return choice.version() == version.get();
    }

    Choice choose(Connection connection) throws SQLException {
        long now = version.get();
        for (ResultReplay replay : replays) {
            try {
                if (replay.accepts(connection)) {
                    return new Choice(replay, "", now);
                }
            } catch (RuntimeException e) {
                LOG.warn("The result replay {} failed to tell whether it knows a connection's driver", replay, e);
            }
        }
        DatabaseMetaData metaData = connection.getMetaData();
        return new Choice(null, metaData.getDriverName() + " " + metaData.getDriverVersion(), now);
    }
}
