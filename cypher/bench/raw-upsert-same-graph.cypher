// Benchmarks only (issue 7, 3c): the same records written by hand as the graph the API writes —
// the node with its version and timestamps, the partner key (ExternalRef + KNOWN_AS), reference
// links with their ids and bookkeeping, one Change per record from the feed counter — but none of
// the API's checks (schema, references, triples, content hash). The gap between this and the API
// is the API's own cost; the gap between this and raw-upsert-stakeholders is the bookkeeping's.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.version = 0, n.createdAt = datetime()
SET n += row.props, n:Stakeholder, n:$(row.kind),
    n.location = CASE WHEN row.location IS NULL THEN null ELSE point({latitude: row.location.latitude, longitude: row.location.longitude}) END,
    n.version = n.version + 1, n.updatedAt = datetime(), n.source = $source
MERGE (ref:ExternalRef {source: $source, externalId: row.props.externalId})
MERGE (n)-[:KNOWN_AS]->(ref)
WITH n, row
CALL (n, row) {
  UNWIND row.refs AS l
  MATCH (t:Entity {id: l.to})
  CREATE (n)-[r:$(l.type)]->(t)
  SET r.id = row.id + '-' + l.type + '-' + l.to, r.createdAt = datetime(), r.updatedAt = datetime(), r.version = 1, r.source = $source
}
WITH collect(n) AS written
MATCH (s:Sequence {name: 'changes'})
SET s.value = s.value + size(written)
WITH s.value - size(written) AS base, written
UNWIND range(0, size(written) - 1) AS i
CREATE (:Change {seq: base + i + 1, op: 'create', entityId: written[i].id, entityType: 'Stakeholder', version: 1, source: $source, at: datetime()})
RETURN count(*) AS written
