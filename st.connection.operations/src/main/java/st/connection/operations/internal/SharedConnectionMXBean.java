package st.connection.operations.internal;

/**
 * JMX figures of one shared connection, {@code st.connection:type=SharedConnection,name=NAME}.
 * Counts run from the start of the operations bundle; cache figures sum both scopes.
 */
public interface SharedConnectionMXBean extends CacheFigures {

    /** @return IDLE, OPEN, FAILED, CONNECTOR_UNAVAILABLE or CLOSED */
    String getState();

    /** @return successful opens, the first included */
    long getOpens();

    long getReopens();

    /** @return attempts to open that failed */
    long getFailures();
}
