package st.connection.api.jdbc;

import org.osgi.annotation.versioning.ConsumerType;

import st.connection.api.cache.Weighted;

/**
 * A query result as a {@link ResultReplay} captured it: immutable once complete, and sized for the
 * cache's byte budget.
 */
@ConsumerType
public interface CapturedResult extends Weighted {

    /** @return how many rows were captured */
    long rowCount();

    /**
     * @return {@code true} if every row was read; {@code false} if the result had more rows than
     *     the capture may hold (it is then served once, continuing on the driver's cursor, and
     *     never cached)
     */
    boolean isComplete();
}
