package st.connection.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.Test;

import st.connection.core.internal.config.ConfigurationProblems;

class ClusterLinkTest {

    private final ConfigurationProblems problems = new ConfigurationProblems();

    @Test
    void anUnreachableServerIsAConfigurationProblemUntilTheLinkCloses() throws IOException {
        URI nobody = URI.create("terracotta://127.0.0.1:" + closedPort() + "/tier");
        try (ClusterLink link = new ClusterLink(new ClusterSettings(nobody, "main", 8, false), problems)) {
            assertThat(link.tier()).isNull();
            assertThat(problems.all()).singleElement().satisfies(problem -> {
                assertThat(problem.pid()).isEqualTo(ResultCache.PID);
                assertThat(problem.message()).startsWith("st.connection.cache: cluster.uri is '" + nobody
                        + "'; expected a Terracotta server that answers there; until one does, shared results are "
                        + "read from their data sources");
            });
        }
        assertThat(problems.all()).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
