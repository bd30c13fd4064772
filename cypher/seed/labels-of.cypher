// Labels of nodes that already exist, to validate links that point at them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels
