package st.connection.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link LifecycleClock} driven by hand: time moves only in {@link #advance}, which runs what fell due. */
final class ManualClock implements LifecycleClock {

    private record Task(long due, long order, Runnable task) {
    }

    private long now = 1_000_000;
    private long scheduled;
    private final List<Task> tasks = new ArrayList<>();

    @Override
    public synchronized long millis() {
        return now;
    }

    @Override
    public synchronized void runAfter(long millis, Runnable task) {
        tasks.add(new Task(now + millis, scheduled++, task));
    }

    /** Moves time on, running every task that falls due on the way, in order (also those they schedule). */
    void advance(long millis) {
        long target;
        synchronized (this) {
            target = now + millis;
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due() <= target)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.due());
            }
            next.task().run();
        }
    }
}
