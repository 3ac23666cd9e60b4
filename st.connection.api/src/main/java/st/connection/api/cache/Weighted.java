package st.connection.api.cache;

import org.osgi.annotation.versioning.ConsumerType;

/** A cached value that knows its size, so the cache's byte budget counts it correctly. */
@ConsumerType
public interface Weighted {

    /** @return an estimate of the heap this value keeps alive, in bytes; computed once, cheap to call */
    long approximateBytes();
}
