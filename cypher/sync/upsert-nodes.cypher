// Partner upsert of nodes keyed by (source, externalId): the atlas id is derived from that key,
// so concurrent upserts of one record MERGE onto one node (Entity id and ExternalRef constraints).
// A row whose content hash is unchanged is left alone (no version bump). The links the record
// manages ($managedTypes: LOCATED_IN, WORKS_IN, ACTIVE_IN for stakeholders, IN_SECTOR for
// products, APPLIES_TO and COVERS for regulations; see REF_FIELDS) are replaced when it changes.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.version = 0, n.createdAt = datetime()
WITH n, row, n.version = 0 AS created, n.deletedAt IS NOT NULL AS wasDeleted
WITH n, row, created, (NOT created AND NOT wasDeleted AND n.contentHash = row.hash) AS unchanged
CALL (n, row, unchanged) {
  WITH n, row WHERE NOT unchanged
  WITH n, row, n.createdAt AS createdAt, n.version AS version, [l IN labels(n) WHERE l IN $kindLabels] AS oldKinds
  SET n = row.props
  SET n.id = row.id,
      n.location = CASE WHEN row.location IS NULL THEN null ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END,
      n.createdAt = createdAt,
      n.updatedAt = datetime(),
      n.version = version + 1,
      n.contentHash = row.hash,
      n.source = $source,
      n.externalId = row.externalId
  REMOVE n:$(oldKinds)
  SET n:$(row.labels)
  MERGE (ref:ExternalRef {source: $source, externalId: row.externalId})
  MERGE (n)-[:KNOWN_AS]->(ref)
  WITH n, row
  CALL (n) {
    MATCH (n)-[old]->()
    WHERE type(old) IN $managedTypes
    DELETE old
  }
  CALL (n, row) {
    UNWIND row.links AS l
    MATCH (t:Entity {id: l.to})
    CREATE (n)-[r:$(l.type)]->(t)
    SET r.id = l.id, r.createdAt = datetime(), r.updatedAt = datetime(), r.version = 1, r.source = $source
  }
}
RETURN row.index AS index, row.id AS id, row.externalId AS externalId, n.version AS version,
       CASE WHEN created THEN 'created' WHEN unchanged THEN 'unchanged' ELSE 'updated' END AS status
