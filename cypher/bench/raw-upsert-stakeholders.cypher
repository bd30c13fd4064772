// Benchmarks only (issue 7, 3c): the baseline a hand-written loader would use for the same
// stakeholder records the API syncs — one UNWIND ... MERGE per batch keyed by id, properties set,
// kind label added, the record's reference links merged. No validation, no versions, no content
// hash, no change feed, no ExternalRef: what the API does on top is what the ratio measures.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props, n:Stakeholder, n:$(row.kind),
    n.location = CASE WHEN row.location IS NULL THEN null ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END
WITH n, row
CALL (n, row) {
  UNWIND row.refs AS ref
  MATCH (t:Entity {id: ref.to})
  MERGE (n)-[:$(ref.type)]->(t)
}
RETURN count(*) AS written
