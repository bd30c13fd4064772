// Links that start at one node (optionally to one node, of one type), keyset-paginated on id.
MATCH (a:Entity {id: $from})-[r]->(b)
WHERE ($to IS NULL OR b.id = $to) AND ($type IS NULL OR type(r) = $type) AND ($afterId IS NULL OR r.id > $afterId)
RETURN r, a.id AS from, b.id AS to
ORDER BY r.id
LIMIT $limit
