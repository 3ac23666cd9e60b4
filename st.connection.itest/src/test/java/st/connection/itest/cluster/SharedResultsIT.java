package st.connection.itest.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import st.connection.api.UserConnections;
import st.connection.example.KeyValueSession;
import st.connection.itest.cluster.TwoNodes.Pair;

/**
 * Two nodes (each a framework of its own) share one clustered tier on a real Terracotta server
 * from the kit, on 127.0.0.1. Each node's {@code kv} store counts the reads that reached it, so a
 * read that one node answered from what the other loaded is seen as no read at all.
 */
public class SharedResultsIT {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static TwoNodes nodes;

    @BeforeClass
    public static void startServerAndNodes() throws Exception {
        nodes = TwoNodes.start("cluster-it", "st-connection-it", List.of());
    }

    @AfterClass
    public static void stopAll() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    public void aResultOneNodeLoadedIsAHitOnTheOther() {
        Pair<KeyValueSession> pair = sharedConnections("shared");
        pair.a().put("k", "v1");
        pair.b().put("k", "v1");
        long readsOnB = pair.b().storeReads();

        assertEquals("v1", pair.a().get("k"));
        assertEquals("v1", pair.b().get("k"));

        assertEquals("node B answered from the clustered tier", readsOnB, pair.b().storeReads());
    }

    @Test
    public void aWriteOnOneNodeMakesTheOtherReadItsDataSourceAgain() {
        Pair<KeyValueSession> pair = sharedConnections("shared");
        pair.a().put("k", "before");
        pair.b().put("k", "before");
        assertEquals("before", pair.a().get("k"));
        long readsOnA = pair.a().storeReads();

        pair.b().put("k", "after");

        assertEquals("node A asked its data source again", "before", pair.a().get("k"));
        assertEquals(readsOnA + 1, pair.a().storeReads());
    }

    @Test
    public void personalResultsAreNeverShared() throws Exception {
        Pair<KeyValueSession> pair = sharedConnections("session");
        pair.a().put("k", "mine");
        pair.b().put("k", "mine");
        UserConnections personOnA = nodes.a().connections().user("person-1");
        UserConnections personOnB = nodes.b().connections().user("person-1");
        long readsOnB = pair.b().storeReads();

        try (UserConnections.Entered entered = personOnA.enter()) {
            assertEquals("mine", pair.a().get("k"));
        }
        try (UserConnections.Entered entered = personOnB.enter()) {
            assertEquals("mine", pair.b().get("k"));
        }

        assertEquals("node B read its own data source for the same person", readsOnB + 1, pair.b().storeReads());
    }

    @Test
    public void personsResultsAreSharedOnRequestAndEndWithTheirSession() throws Exception {
        String uri = nodes.clusterUri();
        nodes.a().configureCluster(uri, true);
        nodes.b().configureCluster(uri, true);
        try {
            Pair<KeyValueSession> pair = awaitPersonSharing(true);
            UserConnections personOnA = nodes.a().connections().user("person-1");
            UserConnections otherOnB = nodes.b().connections().user("person-2");
            long readsOnB = pair.b().storeReads();
            try (UserConnections.Entered entered = otherOnB.enter()) {
                assertEquals("mine", pair.b().get("k"));
            }
            assertEquals("another person's results are their own", readsOnB + 1, pair.b().storeReads());

            personOnA.end();
            try (UserConnections.Entered entered = nodes.b().connections().user("person-1").enter()) {
                assertEquals("mine", pair.b().get("k"));
            }
            assertEquals("an ended session's results are not read again on any node", readsOnB + 2,
                    pair.b().storeReads());
        } finally {
            nodes.a().configureCluster(uri, false);
            nodes.b().configureCluster(uri, false);
            awaitPersonSharing(false);
        }
    }

    /**
     * Waits until a person's read on A is (or is not) served to the same person on B: the nodes
     * applied their cache configuration.
     *
     * @return the connections the last round used, with the value {@code mine} under {@code k}
     */
    private static Pair<KeyValueSession> awaitPersonSharing(boolean shared) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Pair<KeyValueSession> pair = sharedConnections("session");
            pair.a().put("k", "mine");
            pair.b().put("k", "mine");
            try (UserConnections.Entered entered = nodes.a().connections().user("person-1").enter()) {
                assertEquals("mine", pair.a().get("k"));
            }
            long readsOnB = pair.b().storeReads();
            try (UserConnections.Entered entered = nodes.b().connections().user("person-1").enter()) {
                assertEquals("mine", pair.b().get("k"));
            }
            if ((pair.b().storeReads() == readsOnB) == shared) {
                return pair;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("persons' results were " + (shared ? "not " : "") + "shared within 30 s");
    }

    @Test
    public void withTheServerGoneBothNodesAnswerAndShareAgainOnceItIsBack() throws Exception {
        Pair<KeyValueSession> pair = sharedConnections("shared");
        pair.a().put("k", "v");
        pair.b().put("k", "v");
        assertEquals("v", pair.a().get("k"));

        nodes.server().kill();
        long readsOnA = pair.a().storeReads();
        long readsOnB = pair.b().storeReads();
        assertEquals("v", pair.a().get("k"));
        assertEquals("v", pair.b().get("k"));
        pair.a().put("k", "during");
        pair.b().put("k", "during");
        assertEquals("during", pair.a().get("k"));
        assertEquals("during", pair.b().get("k"));
        assertEquals("node A read its data source each time", readsOnA + 2, pair.a().storeReads());
        assertEquals("node B read its data source each time", readsOnB + 2, pair.b().storeReads());
        assertTrue("node A lists the outage as a problem", listsTheOutage(nodes.a()));
        assertTrue("node B lists the outage as a problem", listsTheOutage(nodes.b()));

        nodes.server().start();
        awaitSharing(pair);
        assertEquals("during", pair.b().get("k"));
        assertFalse("node A no longer lists the outage", listsTheOutage(nodes.a()));
        assertFalse("node B no longer lists the outage", listsTheOutage(nodes.b()));
    }

    private static boolean listsTheOutage(PlatformNode node) {
        return node.connections().configurationProblems().stream()
                .anyMatch(problem -> problem.pid().equals("st.connection.cache") && problem.key().equals("cluster.uri"));
    }

    /** Waits until a read on A is served to B from the clustered tier again (both reconnected). */
    private static void awaitSharing(Pair<KeyValueSession> pair) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        int round = 0;
        while (System.currentTimeMillis() < deadline) {
            String key = "probe-" + round++;
            pair.a().put(key, "p");
            pair.b().put(key, "p");
            assertEquals("p", pair.a().get(key));
            long readsOnB = pair.b().storeReads();
            assertEquals("p", pair.b().get(key));
            if (pair.b().storeReads() == readsOnB) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the nodes did not share results again within 120 s of the server's restart");
    }

    @Test
    public void anAbsentValueIsSharedAsAbsent() {
        Pair<KeyValueSession> pair = sharedConnections("shared");
        assertNull(pair.a().get("nothing"));
        long readsOnB = pair.b().storeReads();
        assertNull(pair.b().get("nothing"));
        assertEquals(readsOnB, pair.b().storeReads());
    }

    /** The same shared connection, configured alike on both nodes: one data source, as the cluster sees it. */
    private static Pair<KeyValueSession> sharedConnections(String scope) {
        Map<String, Object> params = Map.of("name", "dashboard-" + NAMES.incrementAndGet(), "store", "numbers",
                "ttl", "600", "cache.scope", scope);
        return nodes.onBoth(node -> node.connections().singleton("kv", KeyValueSession.class, params).get());
    }
}
