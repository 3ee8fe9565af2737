package org.o365cli.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static RetryPolicy withJitter(double jitter) {
        return new RetryPolicy(10, Duration.ofSeconds(120), Clock.systemUTC(), () -> jitter);
    }

    @Test
    void backoffCeilingsDoubleFromOneSecondUpToThirty() {
        RetryPolicy highest = withJitter(0.999_999_9);

        List<Long> waits = IntStream.range(0, 8).mapToObj(highest::backoff).map(Duration::toMillis).toList();

        assertEquals(List.of(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L, 30000L), waits);
    }

    @Test
    void fullJitterMayWaitNothingOrHalfTheCeiling() {
        assertEquals(Duration.ZERO, withJitter(0).backoff(3));
        assertEquals(Duration.ofMillis(4000), withJitter(0.5).backoff(3));
    }

    @Test
    void aLargeRetryNumberDoesNotOverflow() {
        assertEquals(Duration.ofSeconds(30), withJitter(0.999_999_9).backoff(Integer.MAX_VALUE));
    }
}
