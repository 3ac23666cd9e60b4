package st.connection.core.internal.cache;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * The {@code java.sql} date, time and timestamp values a cached result keeps, made unchangeable:
 * every reader of a cached result gets the same instance from {@code getObject}, so a reader that
 * changed one would change what everyone else reads. Changing one throws instead; {@code clone()}
 * gives an ordinary, changeable copy. Equal to, and ordered like, the driver's values.
 */
final class FrozenTemporals {

    private static final String REFUSAL = "A value read from the query cache cannot be changed; change a clone() of it";

    private FrozenTemporals() {
    }

    /** @return an unchangeable equal of a {@code java.sql} temporal value; any other value as it is */
    static Object freeze(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp instanceof FrozenTimestamp ? timestamp : new FrozenTimestamp(timestamp);
        }
        if (value instanceof Date date) {
            return date instanceof FrozenDate ? date : new FrozenDate(date.getTime());
        }
        if (value instanceof Time time) {
            return time instanceof FrozenTime ? time : new FrozenTime(time.getTime());
        }
        return value;
    }

    @SuppressWarnings("deprecation")
    static final class FrozenTimestamp extends Timestamp {

        private static final long serialVersionUID = 1L;

        FrozenTimestamp(Timestamp value) {
            super(value.getTime());
            super.setNanos(value.getNanos());
        }

        @Override
        public Object clone() {
            Timestamp copy = new Timestamp(getTime());
            copy.setNanos(getNanos());
            return copy;
        }

        @Override public void setTime(long time) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setNanos(int nanos) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setYear(int year) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setMonth(int month) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setDate(int date) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setHours(int hours) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setMinutes(int minutes) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setSeconds(int seconds) { throw new UnsupportedOperationException(REFUSAL); }
    }

    @SuppressWarnings("deprecation")
    static final class FrozenDate extends Date {

        private static final long serialVersionUID = 1L;

        FrozenDate(long time) {
            super(time);
        }

        @Override
        public Object clone() {
            return new Date(getTime());
        }

        @Override public void setTime(long time) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setYear(int year) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setMonth(int month) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setDate(int date) { throw new UnsupportedOperationException(REFUSAL); }
    }

    @SuppressWarnings("deprecation")
    static final class FrozenTime extends Time {

        private static final long serialVersionUID = 1L;

        FrozenTime(long time) {
            super(time);
        }

        @Override
        public Object clone() {
            return new Time(getTime());
        }

        @Override public void setTime(long time) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setHours(int hours) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setMinutes(int minutes) { throw new UnsupportedOperationException(REFUSAL); }
        @Override public void setSeconds(int seconds) { throw new UnsupportedOperationException(REFUSAL); }
    }
}
