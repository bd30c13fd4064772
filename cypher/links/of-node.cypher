// The links of one node, by direction and type, with the node at the other end.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]->(m) WHERE $direction IN ['out', 'both'] RETURN r, n AS a, m AS b, m AS other
  UNION
  MATCH (n)<-[r]-(m) WHERE $direction IN ['in', 'both'] RETURN r, m AS a, n AS b, m AS other
}
WITH r, a, b, other
WHERE type(r) <> 'KNOWN_AS' AND ($type IS NULL OR type(r) = $type) AND ($afterId IS NULL OR r.id > $afterId)
RETURN r, a.id AS from, b.id AS to,
       {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], name: coalesce(other.name, other.title)} AS other
ORDER BY r.id
LIMIT $limit
