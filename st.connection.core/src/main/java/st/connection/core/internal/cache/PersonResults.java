package st.connection.core.internal.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * One person's results: the scope under which their reads are cached. Logging out and ending the
 * session give the person a new epoch (from a counter that never repeats), so what was cached
 * before is never served again, without scanning the cache: it just ages out. In a clustered
 * tier ({@code cluster.sessions}) the person is named by a digest of their session key, the same
 * on every node that serves the session, and never by the key itself.
 */
public final class PersonResults {

    private final String key;
    private final LongSupplier epochs;
    private volatile long epoch;

    PersonResults(String key, LongSupplier epochs) {
        this.key = key;
        this.epochs = epochs;
        this.epoch = epochs.getAsLong();
    }

    String key() {
        return key;
    }

    /** @return the name of this person's token in a clustered tier: a SHA-256 digest of the session key */
    String clusterSource() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "person " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every Java platform", e);
        }
    }

    long epoch() {
        return epoch;
    }

    /** Nothing cached for this person so far is served again. */
    void renew() {
        epoch = epochs.getAsLong();
    }

    @Override
    public String toString() {
        return "PersonResults[epoch " + epoch + "]";
    }
}
