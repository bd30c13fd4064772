// Dry run: what an upsert of these rows would do, without writing.
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row.id})
RETURN row.index AS index, row.id AS id, row.externalId AS externalId, n.version AS version,
       CASE WHEN n IS NULL THEN 'created'
            WHEN n.contentHash = row.hash AND n.deletedAt IS NULL THEN 'unchanged'
            ELSE 'updated' END AS status
