package org.pulseport.providers.oauth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per key (e.g. per connection id), so that token refreshes of the same connection run one after the
 * other while different connections refresh in parallel. Locks are created on first use and kept; there is
 * one per connection, a handful per installation.
 */
public final class KeyedLocks<K> {

    private final ConcurrentMap<K, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Runs {@code action} while holding the lock of {@code key} and returns its result. */
    public <T> T withLock(K key, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
