package st.connection.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import st.connection.api.CacheStatistics;
import st.connection.api.UserConnections;
import st.connection.api.cache.ConnectionCache;
import st.connection.api.cache.Weighted;
import st.connection.api.event.ConnectionEvent;
import st.connection.core.internal.config.ConfigurationProblems;
import st.connection.core.internal.events.ConnectionEvents;

/** The result cache's rules, with loaders driven by hand: no framework, no database. */
class ResultCacheTest {

    private final ConfigurationProblems problems = new ConfigurationProblems();
    private final List<ConnectionEvent> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConnectionEvents events = listening(told);
    private final ResultCache cache = new ResultCache(problems, events, new HashMap<>());
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void close() {
        threads.shutdownNow();
        cache.close();
    }

    private static ConnectionEvents listening(List<ConnectionEvent> told) {
        ConnectionEvents events = new ConnectionEvents();
        events.addListener(told::add);
        return events;
    }

    @Test
    void aMissCountsTheTimeItsLoadTookAndAHitDoesNot() {
        ConnectionCache shared = connection("timed").forEverybody();
        shared.<String, RuntimeException>load("q", () -> {
            long until = System.nanoTime() + 2_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return "rows";
        });
        long afterMiss = figures(cache, "timed", "shared").missNanos();
        shared.<String, RuntimeException>load("q", () -> "rows");

        assertThat(afterMiss).isGreaterThanOrEqualTo(2_000_000);
        assertThat(figures(cache, "timed", "shared").missNanos()).isEqualTo(afterMiss);
    }

    @Test
    void clearingAConnectionsResultsIsTold() {
        connection("cleared").forEverybody().<String, RuntimeException>load("q", () -> "rows");

        cache.invalidate("cleared");
        cache.invalidateAll();

        assertThat(told).extracting(ConnectionEvent::type, ConnectionEvent::connection).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConnectionEvent.Type.CACHE_CLEARED, "cleared"),
                org.assertj.core.groups.Tuple.tuple(ConnectionEvent.Type.CACHE_CLEARED, null));
    }

    private ConnectionResults connection(String name) {
        return cache.open(name, null, Duration.ofMinutes(10), reason -> { });
    }

    private static CacheStatistics figures(ResultCache cache, String connection, String scope) {
        return cache.statistics().stream().filter(s -> s.connection().equals(connection) && s.scope().equals(scope))
                .findFirst().orElseThrow();
    }

    @Test
    void aLoadedValueIsServedUntilAWriteAdvancesTheGeneration() {
        ConnectionCache shared = connection("generations").forEverybody();
        AtomicInteger loads = new AtomicInteger();
        assertThat(shared.<String, RuntimeException>load("q", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        assertThat(shared.<String, RuntimeException>load("q", () -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        shared.invalidate();
        assertThat(shared.<String, RuntimeException>load("q", () -> "v" + loads.incrementAndGet())).isEqualTo("v2");
        assertThat(figures(cache, "generations", "shared").hits()).isEqualTo(1);
    }

    @Test
    void invalidatingWalksNothing() {
        ConnectionCache shared = connection("no-scan").forEverybody();
        for (int i = 0; i < 10_000; i++) {
            int value = i;
            shared.<Integer, RuntimeException>load(i, () -> value);
        }
        shared.invalidate();
        assertThat(shared.<Integer>get(1)).as("unreachable at once").isNull();
        assertThat(figures(cache, "no-scan", "shared").entries())
                .as("nothing was removed: the old entries age out").isEqualTo(10_000);
    }

    @Test
    void concurrentIdenticalLoadsRunOnceAndShareTheValue() throws Exception {
        ConnectionCache shared = connection("single-flight").forEverybody();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        List<Future<String>> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(threads.submit(() -> shared.<String, Exception>load("q", () -> {
                loads.incrementAndGet();
                release.await();
                return "rows";
            })));
        }
        while (loads.get() == 0) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Future<String> caller : callers) {
            assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo("rows");
        }
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void aLeadersFailureIsNotPassedToTheCallersWaitingForIt() throws Exception {
        ConnectionCache shared = connection("leader-fails").forEverybody();
        CountDownLatch leading = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        Future<String> leader = threads.submit(() -> shared.<String, Exception>load("q", () -> {
            leading.countDown();
            fail.await();
            throw new IllegalStateException("the leader's own timeout");
        }));
        leading.await();
        CountDownLatch following = new CountDownLatch(1);
        Future<String> follower = threads.submit(() -> shared.<String, Exception>load("q", () -> "the follower's rows",
                st.connection.api.cache.LoadOptions.<Exception>defaults().withWaiting(other -> {
                    following.countDown();
                    other.get();
                    return true;
                })));
        following.await();
        fail.countDown();
        assertThatThrownBy(() -> leader.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the leader's own timeout");
        assertThat(follower.get(10, TimeUnit.SECONDS)).isEqualTo("the follower's rows");
    }

    @Test
    void aValueLoadedWhileTheConnectionWasWrittenIsServedButNotKept() {
        ConnectionResults results = connection("write-during-load");
        ConnectionCache shared = results.forEverybody();
        String loaded = shared.<String, RuntimeException>load("q", () -> {
            results.invalidate();
            return "read before the write";
        });
        assertThat(loaded).isEqualTo("read before the write");
        assertThat(shared.<String>get("q")).isNull();
    }

    @Test
    void peopleNeverSeeEachOthersResultsAndLosePresentOnesAtLogout() {
        ConnectionResults results = connection("people");
        PersonResults alice = cache.person("alice");
        ConnectionCache alices = results.forPerson(alice);
        ConnectionCache bobs = results.forPerson(cache.person("bob"));
        alices.<String, RuntimeException>load("q", () -> "alice's");
        assertThat(bobs.<String, RuntimeException>load("q", () -> "bob's")).isEqualTo("bob's");
        assertThat(alices.<String>get("q")).isEqualTo("alice's");
        cache.personLoggedOut("alice");
        assertThat(alices.<String>get("q")).isNull();
        assertThat(bobs.<String>get("q")).isEqualTo("bob's");
        cache.personEnded("bob");
        assertThat(results.forPerson(cache.person("bob")).<String>get("q")).isNull();
    }

    @Test
    void aSessionScopedViewCachesOnlyForThePersonTheThreadWorksFor() {
        ConnectionCache current = connection("current-person").forCurrentPerson();
        assertThat(current.isActive()).isFalse();
        AtomicInteger loads = new AtomicInteger();
        current.<Integer, RuntimeException>load("q", loads::incrementAndGet);
        current.<Integer, RuntimeException>load("q", loads::incrementAndGet);
        assertThat(loads.get()).as("nobody's reads are not cached").isEqualTo(2);
        try (UserConnections.Entered entered = cache.enter(cache.person("carol"))) {
            assertThat(current.isActive()).isTrue();
            current.<Integer, RuntimeException>load("q", loads::incrementAndGet);
            current.<Integer, RuntimeException>load("q", loads::incrementAndGet);
        }
        assertThat(loads.get()).as("carol's second read was hers, cached").isEqualTo(3);
        assertThat(current.isActive()).isFalse();
    }

    /** A value weighing what it says, whatever its real size. */
    private record Claimed(long approximateBytes) implements Weighted {
    }

    @Test
    void theHeapIsBoundedByTheWeightEachValueDeclares() {
        cache.modified(new HashMap<>(Map.of("heap.megabytes", "1")));
        ConnectionCache shared = connection("weights").forEverybody();
        for (int i = 0; i < 10; i++) {
            shared.<Claimed, RuntimeException>load(i, () -> new Claimed(300_000));
        }
        CacheStatistics figures = figures(cache, "weights", "shared");
        assertThat(figures.entries()).as("three fit in a megabyte, not ten").isLessThanOrEqualTo(3);
        assertThat(figures.evictions()).isGreaterThanOrEqualTo(7);
        assertThat(figures.approximateBytes()).isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    void evictedValuesAreNoLongerServedNorHeld() {
        cache.modified(new HashMap<>(Map.of("heap.megabytes", "1")));
        ConnectionCache shared = connection("evicted").forEverybody();
        for (int i = 0; i < 10; i++) {
            shared.<Claimed, RuntimeException>load(i, () -> new Claimed(300_000));
        }
        long served = IntStream.range(0, 10).filter(i -> shared.get(i) != null).count();
        assertThat(served).as("only what Ehcache still holds").isLessThanOrEqualTo(3);
    }

    @Test
    void aStoredValueIsServedAtOnceWhileOtherThreadsStoreTheirs() throws Exception {
        ConnectionCache shared = connection("at-once").forEverybody();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> missed = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            missed.add(threads.submit(() -> {
                go.await();
                int misses = 0;
                for (int i = 0; i < 2_000; i++) {
                    String request = thread + ":" + i;
                    shared.<String, RuntimeException>load(request, () -> request);
                    if (shared.get(request) == null) {
                        misses++;
                    }
                }
                return misses;
            }));
        }
        go.countDown();
        for (Future<Integer> thread : missed) {
            assertThat(thread.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void retiredAndMalformedSettingsAreReportedAndDefaultsKept() {
        cache.modified(new HashMap<>(Map.of("heap.megabytes", "abc", "offheap.megabytes", "10", "max.rows", "-3")));
        assertThat(problems.all()).extracting(p -> p.key())
                .containsExactlyInAnyOrder("heap.megabytes", "offheap.megabytes", "max.rows");
        assertThat(cache.maxRows()).isEqualTo(ResultCache.DEFAULT_MAX_ROWS);
    }
}
