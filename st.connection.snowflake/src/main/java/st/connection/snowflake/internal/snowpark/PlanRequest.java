package st.connection.snowflake.internal.snowpark;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import com.snowflake.snowpark.internal.analyzer.Query;
import com.snowflake.snowpark.internal.analyzer.SnowflakePlan;

import scala.collection.Iterator;
import st.connection.api.cache.SqlReads;

/**
 * What a Snowpark action asks of the data source, as a cache key: every statement of the
 * DataFrame's plan (its SQL and bound parameters, each with its class), and what the action
 * wants back. Only plans whose statements are all cacheable reads with parameters that cannot
 * change get one. Immutable.
 *
 * @param answer what the action returns
 * @param statements each statement's text followed by its parameters
 */
record PlanRequest(Answer answer, List<List<Object>> statements) {

    /** What an action wants back from a plan. */
    enum Answer {
        /** all rows: {@code collect}, {@code count}, {@code first}, {@code toLocalIterator} */
        ROWS,
        /** all rows and the result's columns: {@code show} */
        ROWS_AND_COLUMNS
    }

    /** @return the key, or {@code null} if the plan writes, reads what changes on each run, or binds a value that can change */
    static PlanRequest of(Answer answer, SnowflakePlan plan) {
        List<List<Object>> statements = new ArrayList<>();
        if (!addReads(plan.queries().iterator(), statements) || !addReads(plan.postActions().iterator(), statements)) {
            return null;
        }
        return new PlanRequest(answer, List.copyOf(statements));
    }

    /** @return whether the plan has a statement that changes data or the session */
    static boolean writes(SnowflakePlan plan) {
        return !allRead(plan.queries().iterator()) || !allRead(plan.postActions().iterator());
    }

    private static boolean allRead(Iterator<Query> queries) {
        while (queries.hasNext()) {
            if (!SqlReads.isRead(queries.next().sql())) {
                return false;
            }
        }
        return true;
    }

    private static boolean addReads(Iterator<Query> queries, List<List<Object>> statements) {
        while (queries.hasNext()) {
            Query query = queries.next();
            if (!SqlReads.isCacheableRead(query.sql())) {
                return false;
            }
            List<Object> statement = new ArrayList<>();
            statement.add(query.sql());
            Iterator<Object> params = query.params().iterator();
            while (params.hasNext()) {
                Object param = params.next();
                Object kept = keptParameter(param);
                if (kept == null && param != null) {
                    return false;
                }
                statement.add(param == null ? "NULL" : List.of(param.getClass().getName(), kept));
            }
            statements.add(statement);
        }
        return true;
    }

    /** @return the parameter as a key keeps it (copied if it could change), or {@code null} if it cannot be kept */
    private static Object keptParameter(Object param) {
        return switch (RowValues.handling(param)) {
            case SHARED -> param;
            case COPIED -> param instanceof byte[] bytes ? ByteBuffer.wrap(bytes.clone()) : RowValues.copy(param);
            case NOT_KEPT -> null;
        };
    }
}
