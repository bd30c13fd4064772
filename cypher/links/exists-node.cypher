// Whether a node exists (for a 404 that names the missing node).
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels
