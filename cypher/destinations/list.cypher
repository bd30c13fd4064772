// Destinations with optional filters: country and province, kind (one of kinds[]), heritage
// (the HeritageSite label), full-text hits, distance from a point, change time.
// Scans the label on purpose: a list walks the records of its kind in a stable order (keyset
// pagination); filters narrow the scan, the page LIMIT stops it early.
// Candidates first, from the most selective filter given, by an index where there is one: full-text
// hits ($ids) by the id index, a point and radius by the point index, a province or a country from
// its node; otherwise the label. Each branch yields a superset of the answer under its guard, and the
// filters below decide, so the answer does not depend on the branch.
CALL () {
  WITH $ids AS ids WHERE ids IS NOT NULL
  MATCH (n:Destination) WHERE n.id IN ids
  RETURN n
  UNION ALL
  WITH $near AS near WHERE $ids IS NULL AND near IS NOT NULL
  MATCH (n:Destination)
  WHERE point.distance(n.location, point({latitude: near.latitude, longitude: near.longitude})) <= $withinMeters
  RETURN n
  UNION ALL
  WITH $province AS province WHERE $ids IS NULL AND $near IS NULL AND province IS NOT NULL
  MATCH (:Province {id: province})<-[:LOCATED_IN]-(n:Destination)
  RETURN DISTINCT n
  UNION ALL
  WITH $country AS country WHERE $ids IS NULL AND $near IS NULL AND $province IS NULL AND country IS NOT NULL
  MATCH (:Country {id: country})<-[:IN*0..1]-()<-[:LOCATED_IN]-(n:Destination)
  RETURN DISTINCT n
  UNION ALL
  WITH $ids AS ids WHERE ids IS NULL AND $near IS NULL AND $province IS NULL AND $country IS NULL
  MATCH (n:Destination)
  RETURN n
}
WITH n
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
