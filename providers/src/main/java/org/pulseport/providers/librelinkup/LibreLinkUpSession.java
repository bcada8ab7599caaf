package org.pulseport.providers.librelinkup;

import okhttp3.HttpUrl;

/**
 * A signed-in LibreLinkUp session: the regional API base URL, the bearer token and the SHA-256 hex of the
 * account id that every authenticated request must carry as {@code Account-Id}.
 */
public record LibreLinkUpSession(HttpUrl baseUrl, String token, String accountIdHash) {

    @Override
    public String toString() {
        return "LibreLinkUpSession[" + baseUrl + ", token redacted]";
    }
}
