// Products with optional filters: sector (including narrower sectors), green, full-text hits, change time.
// Scans the label on purpose: a list walks the records of its kind in a stable order (keyset
// pagination); filters narrow the scan, the page LIMIT stops it early.
MATCH (n:Product)
WHERE ($includeDeleted OR n.deletedAt IS NULL)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($updatedSince IS NULL OR n.updatedAt >= datetime($updatedSince))
  AND ($green IS NULL OR n.green = $green)
  AND ($sector IS NULL OR EXISTS { (n)-[:IN_SECTOR]->(:Sector)-[:BROADER*0..4]->(:Sector {id: $sector}) })
WITH n, CASE $sort WHEN 'updatedAt' THEN n.updatedAt.epochMillis WHEN 'createdAt' THEN n.createdAt.epochMillis WHEN 'id' THEN n.id WHEN 'order' THEN n.order ELSE n.name END AS sortValue
WHERE $afterId IS NULL OR sortValue > $afterValue OR (sortValue = $afterValue AND n.id > $afterId)
RETURN n, sortValue
ORDER BY sortValue, n.id
LIMIT $limit
