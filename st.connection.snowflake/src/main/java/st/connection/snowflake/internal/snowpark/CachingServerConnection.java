package st.connection.snowflake.internal.snowpark;

import java.util.ArrayList;
import java.util.List;

import com.snowflake.snowpark.MergeBuilder;
import com.snowflake.snowpark.Row;
import com.snowflake.snowpark.TypedAsyncJob;
import com.snowflake.snowpark.internal.QueryResult;
import com.snowflake.snowpark.internal.ServerConnection;
import com.snowflake.snowpark.internal.analyzer.Attribute;
import com.snowflake.snowpark.internal.analyzer.SnowflakePlan;

import net.snowflake.client.jdbc.SnowflakeConnectionV1;
import scala.Option;
import scala.Tuple2;
import scala.collection.Iterator;
import scala.collection.JavaConverters;
import scala.collection.Seq;
import scala.collection.immutable.Map;
import scala.collection.immutable.Map$;
import scala.reflect.api.TypeTags;
import st.connection.api.cache.CacheControl;
import st.connection.api.cache.ConnectionCache;
import st.connection.api.cache.LoadOptions;
import st.connection.api.cache.SqlReads;

/**
 * Snowpark's connection to the server, with a cache in front of the actions that read a
 * DataFrame's rows: {@code collect}, {@code toLocalIterator}, {@code count}, {@code first} and
 * {@code show} of a plan whose statements are all cacheable reads are answered from the
 * {@link ConnectionCache} while it holds them. Every statement that is not a read (whichever way
 * Snowpark sends it: an action's plan, {@code saveAsTable}, an update, a temporary table, a
 * batch insert, {@code USE} or {@code ALTER SESSION}) invalidates the cache once it ran; a write
 * submitted asynchronously does so when it is seen finished, and until then reads are not kept.
 */
final class CachingServerConnection extends ServerConnection {

    private static final LoadOptions<RuntimeException> UNKEPT = LoadOptions.<RuntimeException>defaults()
            .withMode(CacheControl.Mode.BYPASS);

    private final ConnectionCache cache;
    private final SnowparkInternals internals;
    private final AsyncWrites asyncWrites = new AsyncWrites();

    CachingServerConnection(SnowflakeConnectionV1 connection, ConnectionCache cache, SnowparkInternals internals) {
        super(Map$.MODULE$.empty(), false, Option.apply(connection));
        this.cache = cache;
        this.internals = internals;
    }

    @Override
    public Row[] execute(SnowflakePlan plan) {
        PlanRequest request = PlanRequest.of(PlanRequest.Answer.ROWS, plan);
        if (request == null) {
            return super.execute(plan);
        }
        Row[][] served = new Row[1][];
        CachedRows cached = cache.load(request, () -> {
            Row[] rows = super.execute(plan);
            served[0] = rows;
            return CachedRows.of(rows, null, cache.maxRows(), internals);
        }, loadOptions());
        return cached == null ? served[0] : cached.rows();
    }

    @Override
    public Iterator<Row> getRowIterator(SnowflakePlan plan) {
        PlanRequest request = PlanRequest.of(PlanRequest.Answer.ROWS, plan);
        if (request == null) {
            return super.getRowIterator(plan);
        }
        List<Iterator<Row>> served = new ArrayList<>(1);
        CachedRows cached = cache.load(request, () -> {
            ReadAhead rows = ReadAhead.of(super.getRowIterator(plan), cache.maxRows());
            served.add(rows.all());
            return rows.isComplete() ? CachedRows.of(rows.read(), null, cache.maxRows(), internals) : null;
        }, loadOptions());
        return cached == null ? served.get(0) : JavaConverters.asScalaIterator(List.of(cached.rows()).iterator());
    }

    @Override
    public Tuple2<Row[], Seq<Attribute>> getResultAndMetadata(SnowflakePlan plan) {
        PlanRequest request = PlanRequest.of(PlanRequest.Answer.ROWS_AND_COLUMNS, plan);
        if (request == null) {
            return super.getResultAndMetadata(plan);
        }
        List<Tuple2<Row[], Seq<Attribute>>> served = new ArrayList<>(1);
        CachedRows cached = cache.load(request, () -> {
            Tuple2<Row[], Seq<Attribute>> result = super.getResultAndMetadata(plan);
            served.add(result);
            return CachedRows.of(result._1(), result._2(), cache.maxRows(), internals);
        }, loadOptions());
        return cached == null ? served.get(0) : Tuple2.apply(cached.rows(), cached.attributes());
    }

    /** Every statement Snowpark runs synchronously, but for batch inserts, passes here. */
    @Override
    public QueryResult runQueryGetResult(String query, boolean returnRows, boolean returnIterator,
            Map<String, Object> statementParameters, Seq<Object> params) {
        if (SqlReads.isRead(query)) {
            return super.runQueryGetResult(query, returnRows, returnIterator, statementParameters, params);
        }
        try {
            return super.runQueryGetResult(query, returnRows, returnIterator, statementParameters, params);
        } finally {
            cache.invalidate();
        }
    }

    @Override
    public String runBatchInsert(String query, Seq<Attribute> attributes, Seq<Row> rows,
            Map<String, Object> statementParameters) {
        try {
            return super.runBatchInsert(query, attributes, rows, statementParameters);
        } finally {
            cache.invalidate();
        }
    }

    @Override
    public <T> TypedAsyncJob<T> executeAsync(SnowflakePlan plan, Option<MergeBuilder> mergeBuilder,
            TypeTags.TypeTag<T> type) {
        if (!PlanRequest.writes(plan)) {
            return super.executeAsync(plan, mergeBuilder, type);
        }
        try {
            TypedAsyncJob<T> job = super.executeAsync(plan, mergeBuilder, type);
            asyncWrites.submitted(job.getQueryId());
            return job;
        } finally {
            cache.invalidate();
        }
    }

    /** Reads are kept unless a write submitted asynchronously may still be running. */
    private LoadOptions<RuntimeException> loadOptions() {
        if (asyncWrites.settle(this::hasFinished)) {
            cache.invalidate();
        }
        return asyncWrites.anyRunning() ? UNKEPT : LoadOptions.defaults();
    }

    private boolean hasFinished(String queryId) {
        try {
            return isDone(queryId);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
