// Link ends given by atlas id: labels, and whether each is a partner record (whose record
// manages some of its links); missing or soft-deleted nodes are absent from the result.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.deletedAt IS NULL
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, n.externalId IS NOT NULL AS synced
