package st.connection.core.internal;

/** Hears of a failed call on a connection view, so the connection is checked on next use. */
@FunctionalInterface
interface FailureListener {
    void failed(Throwable failure);
}
