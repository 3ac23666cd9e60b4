package st.connection.itest.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import st.connection.testing.TerracottaServer;

/**
 * A Terracotta server from the kit on 127.0.0.1 and two {@link PlatformNode}s whose query caches
 * keep shared results in one clustered tier on it, in a new folder under {@code target}.
 */
final class TwoNodes implements AutoCloseable {

    private final TerracottaServer server;
    private final String clusterUri;
    private PlatformNode a;
    private PlatformNode b;

    private TwoNodes(TerracottaServer server, String clusterUri) {
        this.server = server;
        this.clusterUri = clusterUri;
    }

    /**
     * @param folder the prefix of the work folder's name
     * @param clusteredCache the name of the tier on the server
     * @param more the bundles both nodes get besides {@link PlatformNode}'s own
     */
    static TwoNodes start(String folder, String clusteredCache, List<String> more) throws Exception {
        Path bundles = Path.of(System.getProperty("bundles.dir"));
        Path work = Files.createTempDirectory(bundles.getParent(), folder);
        TerracottaServer server = new TerracottaServer(Path.of(System.getProperty("terracotta.kit")), work, "itest");
        server.start();
        TwoNodes nodes = new TwoNodes(server, server.uri(clusteredCache));
        try {
            nodes.a = PlatformNode.start(bundles, work.resolve("node-a"), nodes.clusterUri, more);
            nodes.b = PlatformNode.start(bundles, work.resolve("node-b"), nodes.clusterUri, more);
        } catch (Exception | Error e) {
            nodes.close();
            throw e;
        }
        return nodes;
    }

    PlatformNode a() {
        return a;
    }

    PlatformNode b() {
        return b;
    }

    TerracottaServer server() {
        return server;
    }

    String clusterUri() {
        return clusterUri;
    }

    /** @return what {@code make} gives on node A and on node B, e.g. the same shared connection on each */
    <T> Pair<T> onBoth(Function<PlatformNode, T> make) {
        return new Pair<>(make.apply(a), make.apply(b));
    }

    @Override
    public void close() throws Exception {
        try {
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
        } finally {
            server.close();
        }
    }

    record Pair<T>(T a, T b) {
    }
}
