// Labels of the nodes a link would join; missing or soft-deleted nodes are absent from the result.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.deletedAt IS NULL
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, coalesce(n.name, n.title) AS name
