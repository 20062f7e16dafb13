package io.entwine.store.rule;

import io.entwine.store.DatabaseConfig;
import io.entwine.store.TestDatabases;

class H2RuleStoreTest extends RuleStoreContract {
    private final DatabaseConfig config = TestDatabases.h2Memory();

    @Override
    protected DatabaseConfig config() {
        return config;
    }
}
