package st.connection.cache.jdbc.internal;

import java.util.List;

import st.connection.api.cache.Weighted;

/**
 * What a cached query result is stored under, besides what the platform adds (scope, connection,
 * generation): the exact SQL text, the typed parameters, and the statement settings that change
 * what the driver returns (row limit, field size limit, escape processing). Immutable.
 */
record QueryRequest(String sql, List<BindValues.Bound> binds, long maxRows, int maxFieldSize,
        boolean escapeProcessing) implements Weighted {

    @Override
    public long approximateBytes() {
        long bytes = 64 + 40 + 2L * sql.length();
        for (BindValues.Bound bound : binds) {
            bytes += bound.approximateBytes();
        }
        return bytes;
    }
}
