package st.connection.snowflake.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class BindDecoderTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final BindDecoder decoder = new BindDecoder();

    private Object[] decodeRow(String json) throws Exception {
        BindDecoder.Binds binds = decoder.decode(mapper.readTree(json));
        assertThat(binds.batch()).isFalse();
        return binds.rows().get(0);
    }

    @Test
    void decodesEveryBindTypeTheDriverSends() throws Exception {
        Object[] row = decodeRow("{"
                + "\"1\":{\"type\":\"FIXED\",\"value\":\"3\"},"
                + "\"2\":{\"type\":\"FIXED\",\"value\":\"13.50\"},"
                + "\"3\":{\"type\":\"REAL\",\"value\":\"1.25\"},"
                + "\"4\":{\"type\":\"TEXT\",\"value\":\"x\"},"
                + "\"5\":{\"type\":\"BOOLEAN\",\"value\":\"true\"},"
                + "\"6\":{\"type\":\"DATE\",\"value\":\"1709164800000\"},"
                + "\"7\":{\"type\":\"TIME\",\"value\":\"47655123456789\"},"
                + "\"8\":{\"type\":\"TIMESTAMP_NTZ\",\"value\":\"1709212455123456789\"},"
                + "\"9\":{\"type\":\"TIMESTAMP_LTZ\",\"value\":\"-500000000\"},"
                + "\"10\":{\"type\":\"TIMESTAMP_TZ\",\"value\":\"1719835200000000000 1560\"},"
                + "\"11\":{\"type\":\"BINARY\",\"value\":\"00FF10\"},"
                + "\"12\":{\"type\":\"ANY\",\"value\":null},"
                + "\"13\":{\"type\":\"TEXT\",\"value\":null}}");
        assertThat(row).containsExactly(
                3L,
                new BigDecimal("13.50"),
                1.25d,
                "x",
                true,
                LocalDate.of(2024, 2, 29),
                LocalTime.of(13, 14, 15, 123456789),
                LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123456789),
                OffsetDateTime.parse("1969-12-31T23:59:59.5Z"),
                OffsetDateTime.parse("2024-07-01T14:00:00+02:00"),
                new byte[] {0, -1, 16},
                null,
                null);
    }

    @Test
    void arrayBindsBecomeOneRowPerElement() throws Exception {
        JsonNode bindings = mapper.readTree("{\"1\":{\"type\":\"FIXED\",\"value\":[\"1\",\"2\"]},"
                + "\"2\":{\"type\":\"TEXT\",\"value\":[\"a\",null]}}");
        BindDecoder.Binds binds = decoder.decode(bindings);
        assertThat(binds.batch()).isTrue();
        assertThat(binds.rows()).hasSize(2);
        assertThat(binds.rows().get(0)).containsExactly(1L, "a");
        assertThat(binds.rows().get(1)).containsExactly(2L, null);
    }

    @Test
    void noBindingsMeansNoParameters() throws Exception {
        assertThat(decoder.decode(null).count()).isZero();
        assertThat(decoder.decode(mapper.readTree("{}")).count()).isZero();
    }

    @Test
    void namedBindsAreRejectedWithAReadableMessage() throws Exception {
        JsonNode bindings = mapper.readTree("{\"name\":{\"type\":\"TEXT\",\"value\":\"x\"}}");
        assertThatThrownBy(() -> decoder.decode(bindings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }
}
