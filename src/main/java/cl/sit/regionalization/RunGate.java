package cl.sit.regionalization;

import cl.sit.system.ErrorCode;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code atOnce} regionalizations computed at the same time, whoever asks (anonymous planners too): a run
 * waits up to {@code wait} for its turn, then is refused with 503 {@code Busy}, so a burst of requests cannot take
 * every core and connection of the server.
 */
final class RunGate {

    private final Semaphore permits;
    private final Duration wait;

    RunGate(int atOnce, Duration wait) {
        this.permits = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ErrorCode.BUSY.exception(
                        "Hay otras regionalizaciones calculándose; intente de nuevo en unos segundos");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrorCode.BUSY.exception("Interrumpido");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
