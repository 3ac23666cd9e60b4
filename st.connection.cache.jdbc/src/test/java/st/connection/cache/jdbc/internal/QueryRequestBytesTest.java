package st.connection.cache.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A query request as bytes for nodes that share a result cache: equal exactly when the requests
 * (the keys a node uses) are equal, made anew from equal values on any node.
 */
class QueryRequestBytesTest {

    private static final String FORM = "test-form/1";

    private static QueryRequest request(String sql, Object... bound) {
        BindValues binds = new BindValues();
        for (int i = 0; i < bound.length; i += 2) {
            binds.set((String) bound[i], i / 2 + 1, BindValues.keptValue(bound[i + 1]));
        }
        return new QueryRequest(sql, binds.snapshot(), 0, 0, true);
    }

    private static byte[] bytes(QueryRequest request) {
        return QueryRequestBytes.of(FORM, request);
    }

    /** Requests each unequal to every other, though many read alike as text. */
    private static List<QueryRequest> distinctRequests() {
        Timestamp nanos = new Timestamp(86_400_000L);
        nanos.setNanos(1);
        return List.of(request("SELECT 1"), request("SELECT 1 "), request("select 1"),
                request("SELECT ?", "setInt", 1), request("SELECT ?", "setLong", 1L),
                request("SELECT ?", "setObject", 1), request("SELECT ?", "setString", "1"),
                request("SELECT ?", "setBigDecimal", new BigDecimal("1.0")),
                request("SELECT ?", "setBigDecimal", new BigDecimal("1.00")),
                request("SELECT ?", "setDouble", 0.0), request("SELECT ?", "setDouble", -0.0),
                request("SELECT ?", "setObject", new Timestamp(86_400_000L)), request("SELECT ?", "setObject", nanos),
                request("SELECT ?", "setObject", new Date(86_400_000L)),
                request("SELECT ?", "setObject", LocalDate.of(2024, 2, 29)),
                request("SELECT ?", "setObject", ZonedDateTime.of(2024, 2, 29, 0, 0, 0, 0, ZoneId.of("Europe/Paris"))),
                request("SELECT ?", "setObject", ZonedDateTime.of(2024, 2, 29, 0, 0, 0, 0, ZoneId.of("+01:00"))),
                request("SELECT ?", "setString", "\uD800"), request("SELECT ?", "setString", "\uDC00"),
                request("SELECT ?", "setNull", null), request("SELECT ?", "setString", ""),
                request("SELECT ?", "setBytes", new byte[] {1, 2}), request("SELECT ?", "setBytes", new byte[] {1, 2, 0}),
                request("SELECT ?", "setObject", JDBCType.INTEGER), request("SELECT ?", "setObject", UUID.nameUUIDFromBytes(new byte[1])),
                request("SELECT ?", "setDate", Calendar.getInstance(TimeZone.getTimeZone("UTC"))),
                request("SELECT ?", "setDate", Calendar.getInstance(TimeZone.getTimeZone("Asia/Kolkata"))),
                request("SELECT ?, ?", "setInt", 1, "setInt", 2), request("SELECT ?, ?", "setInt", 2, "setInt", 1),
                new QueryRequest("SELECT 1", List.of(), 10, 0, true), new QueryRequest("SELECT 1", List.of(), 0, 10, true),
                new QueryRequest("SELECT 1", List.of(), 0, 0, false));
    }

    @Test
    void equalRequestsMadeAnewGiveEqualBytes() {
        List<QueryRequest> first = distinctRequests();
        List<QueryRequest> again = distinctRequests();
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).isEqualTo(again.get(i));
            assertThat(bytes(first.get(i))).as("request %s", i).isNotNull().isEqualTo(bytes(again.get(i)));
        }
    }

    @Test
    void unequalRequestsGiveUnequalBytes() {
        List<QueryRequest> requests = distinctRequests();
        List<String> written = new ArrayList<>();
        for (QueryRequest request : requests) {
            written.add(HexFormat.of().formatHex(bytes(request)));
        }
        assertThat(written).doesNotHaveDuplicates();
        for (int i = 0; i < requests.size(); i++) {
            for (int j = 0; j < requests.size(); j++) {
                assertThat(requests.get(i).equals(requests.get(j))).as("%s and %s", i, j).isEqualTo(i == j);
            }
        }
    }

    @Test
    void theFormNameIsPartOfTheBytes() {
        assertThat(QueryRequestBytes.of("other-form/1", request("SELECT 1"))).isNotEqualTo(bytes(request("SELECT 1")));
    }

    @Test
    void aValueWithoutATextThatNamesItMakesTheRequestUnshareable() {
        QueryRequest withObject = new QueryRequest("SELECT ?",
                List.of(new BindValues.Bound("setObject", new Object[] {new StringBuilder("x")})), 0, 0, true);
        assertThat(bytes(withObject)).isNull();
    }
}
