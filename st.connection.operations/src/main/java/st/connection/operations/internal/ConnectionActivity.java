package st.connection.operations.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import st.connection.api.event.ConnectionEvent;
import st.connection.api.event.ConnectionEventListener;

/**
 * Listens to core's events and keeps what the operations views need: counts per connection name
 * ({@link ConnectionCounts}) and the most recent events. Views that register or withdraw services
 * as connections come and go ({@link #onChange}) are told after each event on one thread of this
 * component's own, never on the thread that fired the event (it may hold a connection's lock).
 * Thread safe.
 */
@Component(service = {ConnectionEventListener.class, ConnectionActivity.class})
public class ConnectionActivity implements ConnectionEventListener {

    static final int RECENT_EVENTS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionActivity.class);

    private final Map<String, ConnectionCounts> counts = new ConcurrentHashMap<>();
    /** Guarded by itself. */
    private final Deque<ConnectionEvent> recent = new ArrayDeque<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean changePending = new AtomicBoolean();
    /** One thread at most, and only while there is work: it ends after a second idle. */
    private final ThreadPoolExecutor notifier = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> new Thread(task, "st.connection operations"));

    @Override
    public void connectionEvent(ConnectionEvent event) {
        if (event.connection() != null) {
            counts.computeIfAbsent(event.connection(), name -> new ConnectionCounts()).count(event);
        }
        synchronized (recent) {
            recent.addLast(event);
            if (recent.size() > RECENT_EVENTS) {
                recent.removeFirst();
            }
        }
        changed();
    }

    /** @return the counts of a shared connection or login form; zero for a name not seen yet */
    ConnectionCounts countsOf(String name) {
        return counts.computeIfAbsent(name, n -> new ConnectionCounts());
    }

    /** @return the most recent events, oldest first */
    List<ConnectionEvent> recentEvents() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Runs the listener on this component's thread after events (several events may give one call). */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    void removeOnChange(Runnable listener) {
        changeListeners.remove(listener);
    }

    /** Asks every change listener to look again, soon, on this component's thread. */
    void changed() {
        if (changeListeners.isEmpty() || !changePending.compareAndSet(false, true)) {
            return;
        }
        try {
            notifier.execute(() -> {
                changePending.set(false);
                for (Runnable listener : changeListeners) {
                    try {
                        listener.run();
                    } catch (RuntimeException e) {
                        LOG.warn("Updating the operations views after a connection event failed", e);
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            changePending.set(false);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        notifier.shutdown();
        notifier.awaitTermination(5, TimeUnit.SECONDS);
    }
}
