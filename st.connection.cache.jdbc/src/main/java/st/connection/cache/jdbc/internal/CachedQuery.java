package st.connection.cache.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import st.connection.api.cache.Weighted;
import st.connection.api.jdbc.CapturedResult;
import st.connection.api.jdbc.ResultReplay;

/** A cached query result: the rows as a driver's replay captured them, served again by the same replay. */
record CachedQuery(ResultReplay replay, CapturedResult captured) implements Weighted {

    ResultSet serve(Statement statement) throws SQLException {
        return replay.replay(captured, statement);
    }

    @Override
    public long approximateBytes() {
        return 32 + captured.approximateBytes();
    }
}
