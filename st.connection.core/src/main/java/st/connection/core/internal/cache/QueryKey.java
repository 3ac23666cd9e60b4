package st.connection.core.internal.cache;

import java.io.Serializable;
import java.util.List;

/**
 * What identifies a cached result: the scope, the connection it ran on and that connection's
 * context (its write and session-change generation), the exact SQL and the typed binds, and the
 * limits that change what comes back. The time to live is not part of it.
 */
record QueryKey(CacheScope scope, long connectionId, long contextGeneration, String sql, List<BindValues.Bound> binds,
        int maxRows) implements Serializable {
}
