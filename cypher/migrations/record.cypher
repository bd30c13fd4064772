// Records one applied migration; MERGE keeps it idempotent when two instances start together.
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
