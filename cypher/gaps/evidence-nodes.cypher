// Names and kinds of the nodes cited as evidence.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, coalesce(n.name, n.title, n.id) AS name, [l IN labels(n) WHERE l <> 'Entity'] AS labels
