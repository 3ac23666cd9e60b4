package st.connection.ui.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressCountsAlone() {
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anIpv6AddressCountsWithItsWhole64Network() {
        assertThat(ClientAddress.of("2001:db8:1:2:3:4:5:6")).isEqualTo(ClientAddress.of("2001:db8:1:2:ffff::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("[2001:db8:1:3::1]")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anythingElseCountsAsItIs() {
        assertThat(ClientAddress.of("not:an:address:g")).isEqualTo("not:an:address:g");
        assertThat(ClientAddress.of(null)).isEqualTo("null");
    }
}
