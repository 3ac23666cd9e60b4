package st.connection.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import st.connection.api.cache.ConnectionCache;
import st.connection.api.cache.LoadOptions;
import st.connection.api.cache.PortableForm;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.events.ConnectionEvents;

/** The cluster settings, and what the cache does while no server answers at the configured address. */
class ClusterSettingsTest {

    private final ConfigurationProblems problems = new ConfigurationProblems();
    private final ResultCache cache = new ResultCache(problems, new ConnectionEvents(), new HashMap<>());

    @AfterEach
    void close() {
        cache.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9410/tier", "terracotta://127.0.0.1/tier", "terracotta://127.0.0.1:9410",
            "terracotta://127.0.0.1:9410/", "terracotta://127.0.0.1:9410/a/b", "terracotta://bad host:1/x"})
    void aMalformedAddressIsReportedAndNoClusterIsUsed(String address) {
        cache.modified(new HashMap<>(Map.of("cluster.uri", address)));

        assertThat(problems.all()).extracting(p -> p.key()).containsExactly("cluster.uri");
        assertThat(cache.cluster()).isNull();
    }

    @Test
    void aWellFormedAddressIsAccepted() {
        cache.modified(new HashMap<>(Map.of("cluster.uri", "terracotta://127.0.0.1:9410/tier", "cluster.megabytes", "8")));

        assertThat(problems.all()).isEmpty();
        assertThat(cache.cluster().settings())
                .isEqualTo(new ClusterSettings(URI.create("terracotta://127.0.0.1:9410/tier"), "main", 8, false));
    }

    @Test
    void withNoServerAnsweringSharedLoadsAreServedUncachedAndPersonalOnesStayCachedOnTheNode() throws IOException {
        cache.modified(new HashMap<>(Map.of("cluster.uri", "terracotta://127.0.0.1:" + closedPort() + "/tier")));
        ConnectionResults results = cache.open("dashboard", "dashboard@kv-1234", Duration.ofMinutes(10), reason -> { });
        ConnectionCache everybody = results.forEverybody();
        ConnectionCache person = results.forPerson(cache.person("session-1"));
        AtomicInteger loads = new AtomicInteger();

        for (int i = 0; i < 3; i++) {
            assertThat(everybody.load("q", () -> "v" + loads.incrementAndGet(), LoadOptions.<RuntimeException>defaults(),
                    Text.FORM)).isEqualTo("v" + (i + 1));
        }
        everybody.invalidate();
        assertThat(cache.cluster().isConnected()).isFalse();

        String first = person.load("q", () -> "p" + loads.incrementAndGet(), LoadOptions.<RuntimeException>defaults(),
                Text.FORM);
        assertThat(person.load("q", () -> "p" + loads.incrementAndGet(), LoadOptions.<RuntimeException>defaults(),
                Text.FORM)).isEqualTo(first);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Strings as UTF-8: enough for these tests' plain ASCII requests and values. */
    private enum Text implements PortableForm<String> {
        FORM;

        @Override
        public byte[] request(Object request) {
            return request.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] write(String value) {
            return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String read(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
