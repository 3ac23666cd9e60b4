package st.connection.api.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every {@link ConnectionEvent}: register an implementation as an OSGi service
 * (whiteboard); the core bundle calls each one.
 *
 * <p><b>Threading.</b> Called synchronously, on the thread where the thing happened, sometimes
 * while that connection's lifecycle lock is held: return quickly, hand slow work to a thread of
 * your own, and do not use the connection from the call. Calls for one connection come in the
 * order things happened to it. An exception thrown is logged and does not reach the caller.
 */
@ConsumerType
public interface ConnectionEventListener {

    /** Something happened; see {@link ConnectionEvent#type()}. */
    void connectionEvent(ConnectionEvent event);
}
