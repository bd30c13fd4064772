// Atlas ids and labels of partner records, by (source, externalId).
UNWIND $refs AS ref
MATCH (x:ExternalRef {source: ref.source, externalId: ref.externalId})<-[:KNOWN_AS]-(n:Entity)
WHERE n.deletedAt IS NULL
RETURN ref.source AS source, ref.externalId AS externalId, n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels
