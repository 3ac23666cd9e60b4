package st.connection.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusJsonTest {

    @Test
    void textIsQuotedSoThatNoValueBreaksOutOfItsStringOrAPage() {
        assertThat(StatusJson.quoted("a \"b\" \\ c\n<script>\u0001"))
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\u003cscript\\u003e\\u0001\"");
    }

    @Test
    void objectsHoldTextNumbersAndNull() {
        assertThat(StatusJson.object("name", "demo", "reopens", 2L, "lastError", null, "mean", 1.5))
                .isEqualTo("{\"name\":\"demo\",\"reopens\":2,\"lastError\":null,\"mean\":1.500}");
    }
}
