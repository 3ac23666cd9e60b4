package st.connection.core.internal.cache;

import java.net.URI;

/**
 * Where the clustered tier lives: the server's address and the name of the tier's entity on it
 * ({@code terracotta://host:port/name}), the server's off-heap resource it takes its space from,
 * and how much.
 */
record ClusterSettings(URI uri, String resource, long megabytes) {

    static final String SCHEME = "terracotta";

    /** @return why the address cannot be used, or {@code null} if it can */
    static String problemWith(URI uri) {
        if (!SCHEME.equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            return "terracotta://host:port/name";
        }
        String path = uri.getPath();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            return "terracotta://host:port/name, with one name after the port";
        }
        return null;
    }
}
