package st.connection.ui.internal.console;

import java.util.List;
import java.util.Locale;

import st.connection.api.CacheStatistics;

/** One line of cache figures for a connection, over all its scopes. */
final class CacheSummary {

    private CacheSummary() {
    }

    /** @return e.g. {@code 12 hits, 3 misses (80%), 4 entries, 2.1 KB}, or {@code -} when nothing was cached */
    static String of(String connection, List<CacheStatistics> statistics) {
        long hits = 0;
        long misses = 0;
        long entries = 0;
        long bytes = 0;
        boolean any = false;
        for (CacheStatistics s : statistics) {
            if (s.connection().equals(connection)) {
                any = true;
                hits += s.hits();
                misses += s.misses();
                entries += s.entries();
                bytes += s.approximateBytes();
            }
        }
        if (!any) {
            return "-";
        }
        long lookups = hits + misses;
        String ratio = lookups == 0 ? "" : " (" + Math.round(100.0 * hits / lookups) + "%)";
        return hits + " hits, " + misses + " misses" + ratio + ", " + entries + " entries, " + bytes(bytes);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
