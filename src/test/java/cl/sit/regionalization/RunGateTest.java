package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Two runs at once; a third waits, then gets 503 Busy; a turn freed is taken. */
class RunGateTest {

    @Test
    void aThirdRunWaitsThenIsRefusedAsBusy() throws Exception {
        RunGate gate = new RunGate(2, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> gate.run(() -> hold(started, finish, "a")));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> gate.run(() -> hold(started, finish, "b")));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> gate.run(() -> "c")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.code()).isEqualTo("Busy");
            assertThat(e.getMessage()).contains("intente de nuevo");
        });
        assertThat(System.nanoTime() - t0)
                .isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
        finish.countDown();
        assertThat(a.get(5, TimeUnit.SECONDS) + b.get(5, TimeUnit.SECONDS)).isEqualTo("ab");
        assertThat(gate.run(() -> "c")).isEqualTo("c");
    }

    @Test
    void aFailedRunFreesItsTurn() {
        RunGate gate = new RunGate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.run(() -> {
                    throw ErrorCode.INVALID_BODY.exception("mal");
                }))
                .isInstanceOf(ApiException.class);
        assertThat(gate.run(() -> "ok")).isEqualTo("ok");
    }

    private static String hold(CountDownLatch started, CountDownLatch finish, String value) {
        started.countDown();
        try {
            finish.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
