// An existing link of the same type between the same nodes (and for the same product, where
// SUPPLIES carries one): creating it again would be a duplicate. Symmetric types (PARTNERS_WITH)
// count in either direction.
MATCH (a:Entity {id: $from})-[r]-(b:Entity {id: $to})
WHERE type(r) = $type
  AND (startNode(r) = a OR $symmetric)
  AND coalesce(r.productId, '') = coalesce($productId, '')
RETURN r.id AS id
LIMIT 1
