// Takes the node's write lock BEFORE reading its version, so concurrent writers serialise and
// If-Match compares against the version that the update will actually replace.
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n) AND n.deletedAt IS NULL
SET n.lockedAt = datetime()
REMOVE n.lockedAt
RETURN n
