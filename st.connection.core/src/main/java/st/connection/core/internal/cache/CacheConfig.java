package st.connection.core.internal.cache;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of {@code st.connection.cache}: bounds of the query result cache. */
@ObjectClassDefinition(id = ResultCache.PID, name = "st.connection query cache",
        description = "Bounds of the cache that answers identical queries on connections with a ttl.")
@interface CacheConfig {

    @AttributeDefinition(name = "Heap entries", description = "Most results kept on the heap; the least recently "
            + "used is evicted beyond it.", min = "1")
    long heap_entries() default 10_000;

    @AttributeDefinition(name = "Off-heap size (MB)", description = "Off-heap tier for results evicted from the heap; "
            + "0 for none. Values are serialized there: reads are much slower than on the heap.", min = "0")
    long offheap_megabytes() default 0;

    @AttributeDefinition(name = "Largest result (rows)", description = "Results with more rows are served but not "
            + "cached.", min = "0")
    long max_rows() default 10_000;

    @AttributeDefinition(name = "Statistics", description = "Count hits, misses, evictions, expirations, entries "
            + "and bytes per connection and scope.")
    boolean statistics() default true;
}
