package st.connection.snowflake.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantTextTest {

    @Test
    void objectsAndArraysAreSpreadOverLinesTwoSpacesDeeperPerLevel() {
        assertThat(VariantText.asSent("{\"a\":{\"b\":[10,20]},\"c\":\"x\"}")).isEqualTo("""
                {
                  "a": {
                    "b": [
                      10,
                      20
                    ]
                  },
                  "c": "x"
                }""");
        assertThat(VariantText.asSent("[{\"sku\":\"a\",\"qty\":2},[],{}]")).isEqualTo("""
                [
                  {
                    "sku": "a",
                    "qty": 2
                  },
                  [],
                  {}
                ]""");
    }

    @Test
    void scalarsAndEmptyValuesStayOnOneLine() {
        assertThat(VariantText.asSent("{}")).isEqualTo("{}");
        assertThat(VariantText.asSent("[]")).isEqualTo("[]");
        assertThat(VariantText.asSent("\"text\"")).isEqualTo("\"text\"");
        assertThat(VariantText.asSent("2.5")).isEqualTo("2.5");
        assertThat(VariantText.asSent("null")).isEqualTo("null");
        assertThat(VariantText.asSent("true")).isEqualTo("true");
    }

    @Test
    void numbersKeepTheTextTheyWereStoredWith() {
        assertThat(VariantText.asSent("[1.50,1e300,-0.0,123456789012345678901234567890.000000000000000000001]"))
                .isEqualTo("[\n  1.50,\n  1e300,\n  -0.0,\n  123456789012345678901234567890.000000000000000000001\n]");
    }

    @Test
    void textWithMoreThanOneValueIsSentAsItIs() {
        assertThat(VariantText.asSent("1 2")).isEqualTo("1 2");
        assertThat(VariantText.asSent("{\"a\":1")).isEqualTo("{\"a\":1");
    }

    @Test
    void keysAndStringsKeepTheirEscapes() {
        assertThat(VariantText.asSent("{\"say \\\"hi\\\"\":\"line\\nbreak\"}"))
                .isEqualTo("{\n  \"say \\\"hi\\\"\": \"line\\nbreak\"\n}");
    }

    @Test
    void textThatIsNotJsonIsSentAsItIs() {
        assertThat(VariantText.asSent("not json")).isEqualTo("not json");
        assertThat(VariantText.asSent("")).isEqualTo("");
        assertThat(VariantText.asSent(null)).isNull();
    }
}
