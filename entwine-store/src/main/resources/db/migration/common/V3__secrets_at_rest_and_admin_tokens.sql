-- Dialect-neutral, like V1. (Version 2 is the Java migration CreateDatabaseIdentity.)

-- A connection's signing secret sealed with the node's key (AES-256-GCM, see io.entwine.store.crypto); the key
-- lives outside the database. The V1 column 'secret' held it in plain text: the store moves such values here
-- and empties 'secret' the first time it opens the database with a key.
ALTER TABLE connections ADD COLUMN secret_sealed BYTEA;

-- Admin API tokens: only a salted SHA-256 of the token's secret part is kept, never the token itself.
CREATE TABLE admin_tokens (
    id         VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    salt       VARCHAR(64) NOT NULL,
    token_hash VARCHAR(128) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
