package org.pulseport.providers.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedLocksTest {

    private final KeyedLocks<String> locks = new KeyedLocks<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void sameKeyRunsOneAtATime() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger secondRan = new AtomicInteger();

        Future<String> first = threads.submit(() -> locks.withLock("connection-7", () -> {
            firstInside.countDown();
            awaitQuietly(releaseFirst);
            return "first";
        }));
        firstInside.await();
        Future<String> second = threads.submit(() -> locks.withLock("connection-7", () -> {
            secondRan.incrementAndGet();
            return "second";
        }));

        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> secondRan.get() == 0);
        releaseFirst.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(second.get()).isEqualTo("second");
        assertThat(secondRan).hasValue(1);
    }

    @Test
    void differentKeysDoNotWaitForEachOther() throws Exception {
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<String> first = threads.submit(() -> locks.withLock("connection-1", () -> {
            awaitQuietly(releaseFirst);
            return "first";
        }));

        Future<String> other = threads.submit(() -> locks.withLock("connection-2", () -> "other"));

        assertThat(other.get()).isEqualTo("other");
        releaseFirst.countDown();
        assertThat(first.get()).isEqualTo("first");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
