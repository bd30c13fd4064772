// The brief's recommendations.
// Scans the label on purpose: a list walks the records of its kind in a stable order (keyset
// pagination); filters narrow the scan, the page LIMIT stops it early.
MATCH (n:Recommendation)
WHERE ($includeDeleted OR n.deletedAt IS NULL)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($updatedSince IS NULL OR n.updatedAt >= datetime($updatedSince))
WITH n, CASE $sort WHEN 'updatedAt' THEN n.updatedAt.epochMillis WHEN 'createdAt' THEN n.createdAt.epochMillis WHEN 'id' THEN n.id WHEN 'order' THEN n.order ELSE n.title END AS sortValue
WHERE $afterId IS NULL OR sortValue > $afterValue OR (sortValue = $afterValue AND n.id > $afterId)
RETURN n, sortValue
ORDER BY sortValue, n.id
LIMIT $limit
