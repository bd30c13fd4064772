// Seed/bulk upsert of nodes by id. Unchanged rows (same content hash) are left alone, so a second
// run bumps no version. Labels come from the model's allow-list, checked before this runs.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.version = 0
WITH n, row, n.version = 0 AS created
SET n:$(row.labels)
WITH n, row, created
WHERE created OR n.contentHash IS NULL OR n.contentHash <> row.hash
WITH n, row, created, coalesce(n.createdAt, datetime()) AS createdAt, n.version AS version
SET n = row.props
SET n.id = row.id,
    n.location = CASE WHEN row.location IS NULL THEN null ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END,
    n.createdAt = createdAt,
    n.updatedAt = datetime(),
    n.version = version + 1,
    n.contentHash = row.hash
RETURN collect({id: n.id, type: row.labels[0], version: n.version, op: CASE WHEN created THEN 'create' ELSE 'update' END}) AS changed
