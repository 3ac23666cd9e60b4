package st.connection.example.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import st.connection.example.cache.internal.KeyValueCacheAdapter.Found;
import st.connection.example.cache.internal.KeyValueCacheAdapter.Get;

class FoundFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "grüße, 東京", "\uD83D\uDE00", "\uD800 unpaired", "tail \uDC00", "\u0000"})
    void everyAnswerReadsBackAsItWasWritten(String value) {
        assertThat(FoundForm.INSTANCE.read(FoundForm.INSTANCE.write(new Found(value)))).isEqualTo(new Found(value));
    }

    @Test
    void noValueReadsBackAsNoValueNotAsAnEmptyOne() {
        assertThat(FoundForm.INSTANCE.read(FoundForm.INSTANCE.write(new Found(null)))).isEqualTo(new Found(null));
        assertThat(FoundForm.INSTANCE.write(new Found(null))).isNotEqualTo(FoundForm.INSTANCE.write(new Found("")));
    }

    @Test
    void distinctKeysHaveDistinctBytesEvenWhenACharsetWouldMergeThem() {
        assertThat(FoundForm.INSTANCE.request(new Get("\uD800"))).isNotEqualTo(FoundForm.INSTANCE.request(new Get("\uD801")));
        assertThat(FoundForm.INSTANCE.request(new Get("k"))).isEqualTo(FoundForm.INSTANCE.request(new Get("k")));
    }

    @Test
    void anotherRequestIsNotShared() {
        assertThat(FoundForm.INSTANCE.request("not a Get")).isNull();
    }
}
