package st.connection.core.internal.cache;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import st.connection.core.internal.config.ConfigurationReader;

/**
 * Where the clustered tier lives: the server's address and the name of the tier's entity on it
 * ({@code terracotta://host:port/name}), the server's off-heap resource it takes its space from,
 * and how much.
 */
record ClusterSettings(URI uri, String resource, long megabytes, boolean sessions) {

    static final String SCHEME = "terracotta";
    static final String DEFAULT_RESOURCE = "main";
    static final long DEFAULT_MEGABYTES = 64;
    /** Keys of {@code st.connection.cache}, whose Metatype describes them. */
    static final String URI_KEY = "cluster.uri";
    private static final String RESOURCE_KEY = "cluster.resource";
    private static final String MEGABYTES_KEY = "cluster.megabytes";
    private static final String SESSIONS_KEY = "cluster.sessions";

    /** @return the cluster settings, or {@code null} if no (usable) address is configured */
    static ClusterSettings read(ConfigurationReader reader) {
        String address = reader.text(URI_KEY, "").trim();
        long megabytes = reader.nonNegative(MEGABYTES_KEY, DEFAULT_MEGABYTES, "megabytes");
        if (megabytes == 0) {
            reader.reject(MEGABYTES_KEY, 0, "a whole number of megabytes, 1 or more");
            megabytes = DEFAULT_MEGABYTES;
        }
        String resource = reader.text(RESOURCE_KEY, DEFAULT_RESOURCE).trim();
        boolean sessions = "true".equals(reader.oneOf(SESSIONS_KEY, "false", Set.of("true", "false")));
        if (address.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            reader.reject(URI_KEY, address, "terracotta://host:port/name");
            return null;
        }
        String problem = problemWith(uri);
        if (problem != null) {
            reader.reject(URI_KEY, address, problem);
            return null;
        }
        return new ClusterSettings(uri, resource.isEmpty() ? DEFAULT_RESOURCE : resource, megabytes, sessions);
    }

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
