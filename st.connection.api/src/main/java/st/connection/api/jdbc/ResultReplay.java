package st.connection.api.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps one JDBC driver's query results and serves them again exactly as the driver would: a
 * whiteboard service the JDBC caching decorator selects per connection with {@link #accepts}.
 *
 * <p>The contract of exactness: for every column type the driver returns, every
 * {@link ResultSet} getter (typed {@code getObject}, calendars, streams, by label) of a replayed
 * result gives the value and class the driver gives, or throws an {@link SQLException} of the
 * same SQLState class where the driver throws; metadata and navigation answer as the driver's
 * for the statement that executed (its type, concurrency and holdability). Anything a replay
 * cannot reproduce exactly, it does not capture ({@link #capture} returns {@code null}).
 *
 * <p><b>Sharing between nodes.</b> With a cluster configured, results of connections with
 * {@code cache.scope=shared} are kept in a tier every node reads, as bytes. A replay whose
 * results can be written exactly offers {@link #portableForm}, {@link #write} and {@link #read};
 * the defaults say "not portable", and such results stay on the node that loaded them.
 *
 * <p><b>Threading.</b> Thread safe. A {@link CapturedResult} is immutable and shared by every
 * thread that reads it; each {@link #replay} returns a new, unshared {@code ResultSet}.
 */
@ConsumerType
public interface ResultReplay {

    /**
     * @param connection the platform's view of a connection: {@code unwrap} reaches the driver's
     *     own connection
     * @return whether this replay knows the driver behind the connection
     */
    boolean accepts(Connection connection) throws SQLException;

    /**
     * Reads a driver's result from before its first row, reading each cell once: all rows, or
     * {@code maxRows + 1} when there are more (then the result is not complete: the cursor of
     * {@code result} stays on the last row read, and the one {@link #replay} of it continues
     * there).
     *
     * @param result a result the driver just returned ({@code unwrap} reaches the driver's own)
     * @param maxRows the most rows a complete capture holds
     * @return the captured rows, or {@code null} if this result cannot be kept exactly; then
     *     nothing was read and the caller serves {@code result} as it is
     * @throws SQLException what the driver threw while reading
     */
    CapturedResult capture(ResultSet result, long maxRows) throws SQLException;

    /**
     * @param captured what {@link #capture} returned
     * @param statement the statement the result set belongs to: {@code getStatement()} answers
     *     it, and its type, concurrency and holdability govern navigation
     * @return a new result set before the first row; for an incomplete capture, it reads the
     *     captured rows and then continues on the driver's cursor, which it closes when closed
     */
    ResultSet replay(CapturedResult captured, Statement statement) throws SQLException;

    /**
     * Names the byte form this replay writes a connection's results in: everything besides the
     * request that must be equal for a result written on one node to be served exactly on another
     * (the driver and its version, the form's own version, the session settings the driver's
     * conversions read). Results are shared only between connections whose forms are equal.
     *
     * @param connection the platform's view of a connection this replay {@link #accepts}
     * @return the form's name, or {@code null} (the default) if this connection's results are not
     *     portable; then they stay on the node that loaded them
     * @since 1.2
     */
    default String portableForm(Connection connection) throws SQLException {
        return null;
    }

    /**
     * @param captured a complete result {@link #capture} returned
     * @return the result as bytes that {@link #read} on any node with an equal
     *     {@link #portableForm} turns back into a result that replays exactly as this one; or
     *     {@code null} (the default) if it cannot be written exactly (it is then not shared)
     * @since 1.2
     */
    default byte[] write(CapturedResult captured) {
        return null;
    }

    /**
     * @param bytes what {@link #write} returned, possibly on another node
     * @param connection the connection the result will be served on, whose {@link #portableForm}
     *     equals the writer's
     * @return a complete captured result that {@link #replay} serves as the written one was
     * @throws SQLException if the bytes cannot be read (the default: this replay writes none)
     * @since 1.2
     */
    default CapturedResult read(byte[] bytes, Connection connection) throws SQLException {
        throw new SQLFeatureNotSupportedException("The result replay " + getClass().getName()
                + " does not read results written as bytes");
    }
}
