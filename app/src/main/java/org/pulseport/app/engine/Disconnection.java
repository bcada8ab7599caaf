package org.pulseport.app.engine;

/** What disconnecting did at the provider; {@code problem} says why a revocation failed. */
public record Disconnection(Revocation revocation, String problem) {

    /** Whether the provider was told to forget the grant. */
    public enum Revocation {
        /** The provider revoked the tokens. */
        REVOKED,
        /** The provider offers no revocation call (or the sign-in is a password): revoke in the provider's account. */
        NOT_OFFERED,
        /** Revocation was attempted but failed; the tokens were deleted here anyway. */
        FAILED,
        /** There was no stored sign-in. */
        NOT_CONNECTED
    }
}
