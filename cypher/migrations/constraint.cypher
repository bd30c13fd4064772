// The bookkeeping node of the migration runner is itself constraint-backed.
CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE
