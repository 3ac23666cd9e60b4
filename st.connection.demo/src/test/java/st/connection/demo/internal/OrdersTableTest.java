package st.connection.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class OrdersTableTest {

    @Test
    void timesAreShownToTheMinuteWithoutTheDriversFraction() {
        assertThat(String.valueOf(Timestamp.valueOf("2026-05-06 09:15:00"))).as("what the page showed before")
                .isEqualTo("2026-05-06 09:15:00.0");
        assertThat(OrdersTable.shown(Timestamp.valueOf("2026-05-06 09:15:00"))).isEqualTo("2026-05-06 09:15");
        assertThat(OrdersTable.shown(LocalDateTime.parse("2026-05-06T09:15:42.5"))).isEqualTo("2026-05-06 09:15");
    }

    @Test
    void amountsKeepTheirCentsAndNothingIsShownForNull() {
        assertThat(OrdersTable.shown(new BigDecimal("1.2E+4").setScale(2))).isEqualTo("12000.00");
        assertThat(OrdersTable.shown(null)).isEmpty();
        assertThat(OrdersTable.shown("OPEN")).isEqualTo("OPEN");
    }
}
