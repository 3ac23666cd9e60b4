package st.connection.core.internal.cache;

/** The Terracotta server could not be reached, or did not answer in time. */
final class ClusterUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClusterUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
