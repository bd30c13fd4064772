// A partner deletes a record: soft delete (tombstone), kept for the change feed and history.
MATCH (x:ExternalRef {source: $source, externalId: $externalId})<-[:KNOWN_AS]-(n:Entity)
WHERE $label IN labels(n) AND n.deletedAt IS NULL
SET n.deletedAt = datetime(), n.updatedAt = datetime(), n.version = n.version + 1
RETURN n.id AS id, n.version AS version
