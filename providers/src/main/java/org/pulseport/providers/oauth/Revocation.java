package org.pulseport.providers.oauth;

/**
 * How a provider lets an application give up its tokens, when the user disconnects.
 */
public sealed interface Revocation {

    /** The provider offers no revocation call; the user revokes access in the provider's own account page. */
    record Unsupported() implements Revocation {
    }

    /** RFC 7009: POST {@code token} (and a type hint) to {@code url}, authenticated as the client. */
    record Rfc7009(String url) implements Revocation {
    }

    /** GET {@code url?access_token=...} (Oura). */
    record AccessTokenQuery(String url) implements Revocation {
    }

    /** DELETE {@code url} with the access token as bearer (WHOOP's "revoke user access"). */
    record BearerDelete(String url) implements Revocation {
    }
}
