// Dry run for links: what an upsert of these rows would do, without writing.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})-[r {id: row.id}]->(b:Entity {id: row.to})
RETURN row.index AS index, row.id AS id, row.externalId AS externalId, r.version AS version,
       CASE WHEN r IS NULL THEN 'created' WHEN r.contentHash = row.hash THEN 'unchanged' ELSE 'updated' END AS status
