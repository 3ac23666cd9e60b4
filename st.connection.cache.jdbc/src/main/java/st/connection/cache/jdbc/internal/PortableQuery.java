package st.connection.cache.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.cache.PortableForm;
import st.connection.api.jdbc.CapturedResult;
import st.connection.api.jdbc.ResultReplay;

/**
 * How one connection's query results are written for nodes that share a result cache: the request
 * as {@link QueryRequestBytes} under the replay's form name for this connection, the result as the
 * replay writes it. Made for one load, on the node that runs it: what it reads back is served on
 * this node's connection. Thread safe.
 */
final class PortableQuery implements PortableForm<CachedQuery> {

    private static final Logger LOG = LoggerFactory.getLogger(PortableQuery.class);

    private final ResultReplay replay;
    private final String form;
    private final Connection connection;

    /**
     * @param form what {@link ResultReplay#portableForm} answered for the connection
     * @param connection the platform's view of the connection the results are served on
     */
    PortableQuery(ResultReplay replay, String form, Connection connection) {
        this.replay = replay;
        this.form = form;
        this.connection = connection;
    }

    @Override
    public byte[] request(Object request) {
        return QueryRequestBytes.of(form, (QueryRequest) request);
    }

    @Override
    public byte[] write(CachedQuery value) {
        return replay.write(value.captured());
    }

    /**
     * @return the result, or {@code null} if the bytes could not be read: the statement then runs
     *     the query on the driver, as for a result that is not cached
     */
    @Override
    public CachedQuery read(byte[] bytes) {
        try {
            CapturedResult captured = replay.read(bytes, connection);
            return captured == null ? null : new CachedQuery(replay, captured);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("A shared result could not be read by {}; the query runs on the database instead", replay, e);
            return null;
        }
    }
}
