// Destinations with optional filters: country and province, kind (one of kinds[]), heritage
// (the HeritageSite label), full-text hits, distance from a point, change time.
// Scans the label on purpose: a list walks the records of its kind in a stable order (keyset
// pagination); filters narrow the scan, the page LIMIT stops it early.
MATCH (n:Destination)
WHERE ($includeDeleted OR n.deletedAt IS NULL)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($updatedSince IS NULL OR n.updatedAt >= datetime($updatedSince))
  AND ($kind IS NULL OR $kind IN n.kinds)
  AND ($heritage IS NULL OR (n:HeritageSite) = $heritage)
  AND ($country IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) } OR EXISTS { (n)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND ($province IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Province {id: $province}) })
  AND ($near IS NULL OR point.distance(n.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $withinMeters)
WITH n, CASE $sort WHEN 'updatedAt' THEN n.updatedAt.epochMillis WHEN 'createdAt' THEN n.createdAt.epochMillis WHEN 'id' THEN n.id WHEN 'order' THEN n.order ELSE n.name END AS sortValue
WHERE $afterId IS NULL OR sortValue > $afterValue OR (sortValue = $afterValue AND n.id > $afterId)
RETURN n, sortValue
ORDER BY sortValue, n.id
LIMIT $limit
