package st.connection.launcher;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards what bundles write to the OSGi Log Service (SCR, Config Admin, FileInstall, the Web
 * Console) to SLF4J, so that it reaches the console and the log file. The logger is named after
 * the bundle. The log service's records of framework events ({@code Events.*}) are forwarded at
 * DEBUG, as they are noise at INFO.
 */
final class OsgiLogForwarder extends ServiceTracker<LogReaderService, LogReaderService> implements LogListener {

    OsgiLogForwarder(BundleContext context) {
        super(context, LogReaderService.class, null);
    }

    @Override
    public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
        LogReaderService reader = super.addingService(reference);
        if (reader != null) {
            reader.addLogListener(this);
        }
        return reader;
    }

    @Override
    public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
        reader.removeLogListener(this);
        super.removedService(reference, reader);
    }

    @Override
    public void logged(LogEntry entry) {
        String bundle = entry.getBundle() == null ? null : entry.getBundle().getSymbolicName();
        Logger log = LoggerFactory.getLogger(bundle == null ? "osgi" : bundle);
        String message = entry.getMessage();
        Throwable failure = entry.getException();
        boolean frameworkEvent = entry.getLoggerName() != null && entry.getLoggerName().startsWith("Events.");
        switch (frameworkEvent ? LogLevel.DEBUG : entry.getLogLevel()) {
            case AUDIT, ERROR -> log.error(message, failure);
            case WARN -> log.warn(message, failure);
            case INFO -> log.info(message, failure);
            case DEBUG -> log.debug(message, failure);
            default -> log.trace(message, failure);
        }
    }
}
