package io.entwine.store.internal;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 2: gives the database a random id once, when it is created. A copy (restore, clone of a staging
 * instance) keeps the id while the node's own fingerprint changes, which is how clones are detected. Written in
 * Java because the two databases share no random-id SQL function.
 */
public final class CreateDatabaseIdentity implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "create database identity";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO database_identity (singleton, database_id, created_at) VALUES (1, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
