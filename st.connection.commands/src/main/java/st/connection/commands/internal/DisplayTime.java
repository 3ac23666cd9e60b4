package st.connection.commands.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats instants for people: local time to the second. */
public final class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private DisplayTime() {
    }

    /** @return the instant as {@code 2026-12-02 09:15:00}, or {@code -} for none */
    public static String of(Instant instant) {
        return instant == null ? "-" : FORMAT.format(instant);
    }
}
