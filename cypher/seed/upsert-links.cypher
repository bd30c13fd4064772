// Seed/bulk upsert of links by id between existing nodes; unchanged rows are left alone.
// Types come from the model's allow-list, checked before this runs.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  ON CREATE SET r.version = 0
WITH r, row, r.version = 0 AS created
WHERE created OR r.contentHash IS NULL OR r.contentHash <> row.hash
WITH r, row, created, coalesce(r.createdAt, datetime()) AS createdAt, r.version AS version
SET r = row.props
SET r.id = row.id, r.createdAt = createdAt, r.updatedAt = datetime(), r.version = version + 1, r.contentHash = row.hash
RETURN collect({id: r.id, type: 'Link', version: r.version, op: CASE WHEN created THEN 'create' ELSE 'update' END}) AS changed
