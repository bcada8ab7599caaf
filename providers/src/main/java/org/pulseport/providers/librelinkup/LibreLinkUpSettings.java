package org.pulseport.providers.librelinkup;

import java.util.Map;
import okhttp3.HttpUrl;
import org.pulseport.providers.http.ProviderSettings;
import org.pulseport.providers.http.Urls;

/**
 * Where the (unofficial) LibreLinkUp API lives and how the app presents itself to it. The global host answers a
 * login for an account of another region with a redirect to {@code regionUrlTemplate} with {@code {region}}
 * replaced (e.g. {@code https://api-eu.libreview.io}). The {@code version} header must name an app version the
 * service still accepts; it is configurable because LibreView raises the minimum from time to time.
 */
public record LibreLinkUpSettings(String apiUrl, String regionUrlTemplate, String product, String version) {

    public static final String DEFAULT_API_URL = "https://api.libreview.io";
    public static final String DEFAULT_REGION_URL_TEMPLATE = "https://api-{region}.libreview.io";
    public static final String PRODUCT = "llu.android";
    public static final String DEFAULT_VERSION = "4.12.0";

    /** Reads {@code PULSEPORT_LIBRELINKUP_API_URL}, {@code _REGION_URL} and {@code _VERSION}, with defaults. */
    public static LibreLinkUpSettings fromEnvironment(Map<String, String> env) {
        return new LibreLinkUpSettings(
                ProviderSettings.value(env, variable("API_URL")).orElse(DEFAULT_API_URL),
                ProviderSettings.value(env, variable("REGION_URL")).orElse(DEFAULT_REGION_URL_TEMPLATE),
                PRODUCT,
                ProviderSettings.value(env, variable("VERSION")).orElse(DEFAULT_VERSION));
    }

    /** The global API base URL, parsed. */
    public HttpUrl apiHttpUrl() {
        return Urls.parse(variable("API_URL"), apiUrl);
    }

    /** The API base URL of a region named in a login redirect. */
    public HttpUrl regionHttpUrl(String region) {
        return Urls.parse(variable("REGION_URL"), regionUrlTemplate.replace("{region}", region));
    }

    private static String variable(String suffix) {
        return ProviderSettings.environmentPrefix(LibreLinkUpConnector.ID) + suffix;
    }
}
