package st.connection.snowflake.internal.snowpark;

import java.util.ArrayList;
import java.util.List;

import com.snowflake.snowpark.Row;

import scala.collection.AbstractIterator;
import scala.collection.Iterator;

/**
 * The first rows of a result read ahead, up to one more than a cache keeps, and the rest still
 * on the server: a result that fits is cached whole, a larger one is served as it would have
 * been, the rows read ahead first. Not thread safe, like the iterator it continues.
 */
final class ReadAhead {

    private final Row[] read;
    private final Iterator<Row> rest;

    private ReadAhead(Row[] read, Iterator<Row> rest) {
        this.read = read;
        this.rest = rest;
    }

    static ReadAhead of(Iterator<Row> rows, long maxRows) {
        List<Row> ahead = new ArrayList<>();
        while (ahead.size() <= maxRows && rows.hasNext()) {
            ahead.add(rows.next());
        }
        return new ReadAhead(ahead.toArray(new Row[0]), rows);
    }

    /** @return whether every row was read */
    boolean isComplete() {
        return !rest.hasNext();
    }

    Row[] read() {
        return read;
    }

    /** @return the rows read ahead, then the rest */
    Iterator<Row> all() {
        return new AbstractIterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < read.length || rest.hasNext();
            }

            @Override
            public Row next() {
                return next < read.length ? read[next++] : rest.next();
            }
        };
    }
}
