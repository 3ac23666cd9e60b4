package st.connection.core.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One daemon thread that ends validation windows, so that the hot path of
 * {@link ManagedConnectionBase#get()} reads neither the clock nor a lock, and expires idle
 * personal scopes.
 */
@Component(service = ValidationTimer.class)
public class ValidationTimer implements LifecycleClock {

    private final ScheduledThreadPoolExecutor executor;

    @Activate
    public ValidationTimer() {
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "st.connection validation timer");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public long millis() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public void runAfter(long millis, Runnable task) {
        if (!executor.isShutdown()) {
            executor.schedule(task, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }
}
