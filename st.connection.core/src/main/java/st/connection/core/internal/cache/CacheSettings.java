package st.connection.core.internal.cache;

import st.connection.core.internal.ConfigurationReader;

/**
 * The bounds of the query cache from {@code st.connection.cache}; malformed values fall back to
 * the defaults and are reported.
 */
record CacheSettings(long heapEntries, long offHeapMegabytes, long maxRows, boolean statistics) {

    static CacheSettings read(ConfigurationReader reader) {
        long heapEntries = reader.nonNegative("heap.entries", 10_000, "entries");
        if (heapEntries == 0) {
            reader.reject("heap.entries", 0, "a whole number of entries, 1 or more");
            heapEntries = 10_000;
        }
        return new CacheSettings(heapEntries, reader.nonNegative("offheap.megabytes", 0, "megabytes"),
                reader.nonNegative("max.rows", 10_000, "rows"),
                !"false".equalsIgnoreCase(reader.text("statistics", "true")));
    }
}
