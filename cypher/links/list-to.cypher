// Links that end at one node (optionally of one type), keyset-paginated on id.
MATCH (a)-[r]->(b:Entity {id: $to})
WHERE ($type IS NULL OR type(r) = $type) AND ($afterId IS NULL OR r.id > $afterId)
RETURN r, a.id AS from, b.id AS to
ORDER BY r.id
LIMIT $limit
