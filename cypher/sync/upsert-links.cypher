// Partner upsert of links; the link id is derived from (source, from, type, to, product), so a
// repeated record finds its link again. Unchanged rows are left alone.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  ON CREATE SET r.version = 0, r.createdAt = datetime()
WITH r, row, r.version = 0 AS created
WITH r, row, created, (NOT created AND r.contentHash = row.hash) AS unchanged
CALL (r, row, unchanged) {
  WITH r, row WHERE NOT unchanged
  WITH r, row, r.createdAt AS createdAt, r.version AS version
  SET r = row.props
  SET r.id = row.id, r.createdAt = createdAt, r.updatedAt = datetime(), r.version = version + 1,
      r.contentHash = row.hash, r.source = $source
}
RETURN row.index AS index, row.id AS id, row.externalId AS externalId, r.version AS version,
       CASE WHEN created THEN 'created' WHEN unchanged THEN 'unchanged' ELSE 'updated' END AS status
