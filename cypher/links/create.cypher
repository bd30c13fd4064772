// Creates one link; the type comes from the model's allow-list, checked before this runs.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $props, r.id = $id, r.createdAt = datetime(), r.updatedAt = datetime(), r.version = 1
RETURN r, a.id AS from, b.id AS to
