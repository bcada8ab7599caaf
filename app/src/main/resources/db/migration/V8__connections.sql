-- Cloud connections, version 8: the sign-in of each cloud source, encrypted, and its per-connection switches.
-- sealed_secret is AES-256-GCM ciphertext (format byte, 96-bit IV, ciphertext and tag) in Base64, sealed with the
-- source id as associated data, so a row copied onto another source does not decrypt. key_id names the key that
-- sealed it. Expiry and scopes are not secret and stay readable for listings and proactive refreshes.
CREATE TABLE connections (
    source_id                BIGINT                   NOT NULL PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    credential_kind          VARCHAR(16)              NOT NULL,
    sealed_secret            VARCHAR(16000)           NOT NULL,
    key_id                   VARCHAR(40)              NOT NULL,
    access_expires_at        TIMESTAMP WITH TIME ZONE,
    scopes                   VARCHAR(1000),
    upload_workouts_enabled  BOOLEAN                  NOT NULL DEFAULT FALSE,
    connected_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_connections_kind CHECK (credential_kind IN ('oauth', 'password'))
);
