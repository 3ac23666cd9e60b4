package st.connection.api.cache;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How an adapter writes one kind of request and its value as bytes, so that a result cache shared
 * by several nodes can keep them: with a cluster configured, results of connections with
 * {@code cache.scope=shared} loaded with a form live in the clustered tier and are read by every
 * node. Without a form, or without a cluster, results stay on the node that loaded them.
 *
 * <p>Exactness holds across nodes as on one: what {@link #read} returns on any node answers every
 * caller exactly as the value {@link #write} was given. A form that cannot keep a value exactly
 * returns {@code null} from {@link #write}, and that value is not shared.
 *
 * <p><b>Threading.</b> Thread safe; called concurrently on every node.
 *
 * @param <V> the value type
 */
@ConsumerType
public interface PortableForm<V> {

    /**
     * @param request what the adapter passes as the request to {@link ConnectionCache#load}
     * @return bytes that are equal, on every node and JVM, exactly when the requests are equal;
     *     {@code null} if this request cannot be shared (it is then not cached while a cluster is
     *     configured)
     */
    byte[] request(Object request);

    /** @return the value as bytes, or {@code null} if it cannot be written exactly (then it is not shared) */
    byte[] write(V value);

    /**
     * @param bytes what {@link #write} returned, possibly on another node
     * @return the value, answering as the one written did
     */
    V read(byte[] bytes);
}
