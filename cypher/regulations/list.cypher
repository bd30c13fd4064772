// Regulations with optional filters: country (APPLIES_TO), kind, scope, topic, sector covered
// (including narrower sectors), full-text hits, change time. Ordered by title.
// Scans the label on purpose: a list walks the records of its kind in a stable order (keyset
// pagination); filters narrow the scan, the page LIMIT stops it early.
MATCH (n:Regulation)
WHERE ($includeDeleted OR n.deletedAt IS NULL)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($updatedSince IS NULL OR n.updatedAt >= datetime($updatedSince))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($scope IS NULL OR n.scope = $scope)
  AND ($topic IS NULL OR $topic IN n.topics)
  AND ($country IS NULL OR EXISTS { (n)-[:APPLIES_TO]->(:Country {id: $country}) })
  AND ($sector IS NULL OR EXISTS { (n)-[:COVERS]->(:Sector)-[:BROADER*0..4]->(:Sector {id: $sector}) })
WITH n, CASE $sort WHEN 'updatedAt' THEN n.updatedAt.epochMillis WHEN 'createdAt' THEN n.createdAt.epochMillis WHEN 'id' THEN n.id WHEN 'order' THEN n.order ELSE n.title END AS sortValue
WHERE $afterId IS NULL OR sortValue > $afterValue OR (sortValue = $afterValue AND n.id > $afterId)
RETURN n, sortValue
ORDER BY sortValue, n.id
LIMIT $limit
