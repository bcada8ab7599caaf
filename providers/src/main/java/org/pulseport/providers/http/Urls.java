package org.pulseport.providers.http;

import okhttp3.HttpUrl;
import org.pulseport.core.error.PulseportError;
import org.pulseport.core.error.PulseportException;

/**
 * Parses configured URLs, failing with a message that names the environment variable to fix.
 */
public final class Urls {

    private Urls() {
    }

    public static HttpUrl parse(String variable, String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new PulseportException(new PulseportError.UnexpectedError(
                    variable + " is not a valid http(s) URL: '" + url + "'"));
        }
        return parsed;
    }
}
