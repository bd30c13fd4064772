// @id s-r06-green-product-peers
// @recommendation R06
// @title Help producers go green, following their peers
// @description Creative producers that make no green product although green products exist in their sector in
// the country: the peer product shows them (and a green programme) what is possible.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (s:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
WHERE s.deletedAt IS NULL
  AND EXISTS { (s)-[:PRODUCES]->(q:Product) WHERE q.deletedAt IS NULL }
  AND NOT EXISTS { (s)-[:PRODUCES]->(q:Product) WHERE q.deletedAt IS NULL AND q.green = true }
WITH DISTINCT c, s
MATCH (s)-[:PRODUCES]->(mine:Product)-[:IN_SECTOR]->(x:Sector)
WHERE mine.deletedAt IS NULL
CALL (c, s, x) {
  MATCH (peer:Stakeholder)-[:PRODUCES]->(g:Product)-[:IN_SECTOR]->(x)
  WHERE peer <> s AND peer.deletedAt IS NULL AND g.deletedAt IS NULL AND g.green = true
    AND EXISTS { (peer)-[:LOCATED_IN]->(:Province)-[:IN]->(c) }
  WITH peer, g ORDER BY g.name, g.id
  RETURN collect({peer: peer, product: g}) AS greens
}
WITH s, x, mine, greens WHERE size(greens) > 0
WITH s, x, greens, collect(mine)[0] AS mine
RETURN 'Support ' + s.name + ' to make a green version of ' + mine.name + ', as ' + greens[0].peer.name + ' does with ' + greens[0].product.name AS action,
       s.name + ' makes no green product; ' + size(greens) + ' green ' + x.name + ' products are made in the country' AS reason,
       [s.id, mine.id, greens[0].product.id, greens[0].peer.id] AS ids
ORDER BY size(greens) DESC, s.name, s.id
LIMIT $limit
