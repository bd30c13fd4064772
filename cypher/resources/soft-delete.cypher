// Soft delete: the node stays (links and history intact) but disappears from lists and queries.
MATCH (n:Entity {id: $id})
SET n.deletedAt = datetime(), n.updatedAt = datetime(), n.version = n.version + 1
RETURN n
