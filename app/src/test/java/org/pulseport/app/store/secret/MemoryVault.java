package org.pulseport.app.store.secret;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** A keyring that lives in memory; it can be told to stop answering, as a locked keyring would. */
public final class MemoryVault implements PasswordVault {

    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final AtomicBoolean keeping = new AtomicBoolean(true);

    public Map<String, String> entries() {
        return entries;
    }

    public void stopAnswering() {
        answering.set(false);
    }

    public void forgetWrites() {
        keeping.set(false);
    }

    public KeyringAccess access() {
        return new KeyringAccess.Open(this);
    }

    @Override
    public String name() {
        return "test keyring";
    }

    @Override
    public String read(String account) {
        check();
        String secret = entries.get(account);
        if (secret == null) {
            throw new KeyUnavailableException("no entry " + account);
        }
        return secret;
    }

    @Override
    public void write(String account, String secret) {
        check();
        if (keeping.get()) {
            entries.put(account, secret);
        }
    }

    @Override
    public void close() {
        answering.set(false);
    }

    private void check() {
        if (!answering.get()) {
            throw new KeyUnavailableException("the test keyring is locked");
        }
    }
}
