package st.connection.ui.internal.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(-5_000_000_000L);

    private LoginThrottle throttle(Object... keysAndValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new LoginThrottle(properties, now::get);
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** @return 0 if the attempt went through (and failed), else the seconds it was told to wait */
    private static long fail(LoginThrottle throttle, String user, String address) {
        try {
            throttle.start("form", user, address).end(false);
            return 0;
        } catch (LoginThrottledException e) {
            return e.retryAfterSeconds();
        }
    }

    @Test
    void afterItsFreeFailuresAUserNameWaitsTwiceAsLongAfterEachFailureUpToTheLongestWait() {
        LoginThrottle throttle = throttle("user.failures", 3, "address.failures", 1000, "delay.first", 1, "delay.max", 8);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(fail(throttle, "alice", "10.0.0." + i)).isZero();
        }
        for (int i = 0; i < 6; i++) {
            long wait = fail(throttle, "alice", "10.0.1." + i);
            waits.add(wait);
            advance(TimeUnit.SECONDS.toMillis(wait));
            assertThat(fail(throttle, "ALICE ", "10.0.2." + i)).as("the same user name, after the wait").isZero();
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
    }

    @Test
    void oneAddressGuessingStopsLongBeforeTheUserNameIsStoppedForEveryone() {
        LoginThrottle throttle = throttle();
        int reached = 0;
        for (int i = 0; i < 50; i++) {
            if (fail(throttle, "alice", "203.0.113.7") == 0) {
                reached++;
            }
            advance(200);
        }
        assertThat(reached).as("5 free failures, then after 1, 2 and 4 s").isEqualTo(8);
        LoginThrottle.Attempt fromElsewhere = throttle.start("form", "alice", "198.51.100.1");
        fromElsewhere.end(true);
        assertThat(fail(throttle, "bob", "203.0.113.7")).as("the address waits, whatever the user name").isPositive();
    }

    @Test
    void aSuccessForgetsTheUserNamesFailuresButNotTheAddresss() {
        LoginThrottle throttle = throttle("user.failures", 2, "address.failures", 3);
        fail(throttle, "alice", "10.0.0.1");
        fail(throttle, "alice", "10.0.0.1");
        advance(1000);
        throttle.start("form", "alice", "10.0.0.2").end(true);
        assertThat(fail(throttle, "alice", "10.0.0.3")).isZero();
        assertThat(fail(throttle, "alice", "10.0.0.3")).isZero();
        fail(throttle, "mallory", "10.0.0.1");
        assertThat(fail(throttle, "eve", "10.0.0.1")).as("three failures of the address stay").isPositive();
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        LoginThrottle throttle = throttle("user.failures", 1, "forget.after", 60);
        fail(throttle, "alice", "10.0.0.1");
        assertThat(fail(throttle, "alice", "10.0.0.2")).isPositive();
        advance(60_000);
        assertThat(fail(throttle, "alice", "10.0.0.3")).isZero();
    }

    @Test
    void attemptsCountFromTheirStartSoThatParallelOnesReachTheDataSourceNoMoreOftenThanInSequence() {
        LoginThrottle throttle = throttle("user.failures", 3, "address.failures", 1000);
        List<LoginThrottle.Attempt> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(throttle.start("form", "alice", "10.0.0." + i));
        }
        assertThatThrownBy(() -> throttle.start("form", "alice", "10.0.1.1")).isInstanceOf(LoginThrottledException.class)
                .hasMessage("Too many failed logins; wait 1 second and try again.");
        running.forEach(attempt -> attempt.end(false));
        running.get(0).end(false);
        advance(999);
        assertThat(fail(throttle, "alice", "10.0.2.1")).isEqualTo(1);
        advance(1);
        assertThat(fail(throttle, "alice", "10.0.2.1")).as("an attempt ended twice counts once").isZero();
    }

    @Test
    void aFormWithoutUserNameIsCountedByAddressOnly() {
        LoginThrottle throttle = throttle("address.failures", 2, "user.failures", 1);
        assertThat(fail(throttle, "", "10.0.0.1")).isZero();
        assertThat(fail(throttle, "", "10.0.0.2")).isZero();
        assertThat(fail(throttle, "", "10.0.0.1")).isZero();
        assertThat(fail(throttle, "", "10.0.0.1")).isPositive();
    }

    @Test
    void malformedLimitsAreReportedByKeyAndReplacedByTheDefault() {
        LoginThrottle throttle = throttle("user.failures", "many", "delay.first", 0, "address.failures", "x".repeat(500));
        assertThat(throttle.problems()).extracting(p -> p.key() + "=" + p.value().length())
                .containsExactly("address.failures=120", "delay.first=1", "user.failures=4");
        assertThat(throttle.problems().get(2).message()).isEqualTo("st.connection.login.throttle: user.failures is 'many'; "
                + "expected a whole number from 1 to 1000000.");
        for (int i = 0; i < 10; i++) {
            assertThat(fail(throttle, "alice", "10.0.0." + i)).as("the default of 10 for the user name").isZero();
        }
        assertThat(fail(throttle, "alice", "10.0.1.1")).isPositive();
    }
}
