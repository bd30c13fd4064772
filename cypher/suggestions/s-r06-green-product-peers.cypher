// @id s-r06-green-product-peers
// @recommendation R06
// @title Help producers go green, following their peers
// @description Creative producers that make no green product although green products exist in their sector in
// the country: the peer product shows them (and a green programme) what is possible.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
// One pass per country: the green products made there, per sector (how many, and the first by name).
CALL (c) {
  MATCH (peer:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE peer.deletedAt IS NULL
  MATCH (peer)-[:PRODUCES]->(g:Product)-[:IN_SECTOR]->(x:Sector)
  WHERE g.deletedAt IS NULL AND g.green = true
  WITH DISTINCT x, peer, g
  ORDER BY g.name, g.id, peer.id
  WITH x, collect({peer: peer, product: g}) AS greens
  RETURN collect({x: x, n: size(greens), first: greens[0]}) AS bySector
}
WITH c, bySector WHERE size(bySector) > 0
MATCH (s:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
WHERE s.deletedAt IS NULL
  AND EXISTS { (s)-[:PRODUCES]->(q:Product) WHERE q.deletedAt IS NULL }
  AND NOT EXISTS { (s)-[:PRODUCES]->(q:Product) WHERE q.deletedAt IS NULL AND q.green = true }
WITH DISTINCT c, bySector, s
MATCH (s)-[:PRODUCES]->(mine:Product)-[:IN_SECTOR]->(x:Sector)
WHERE mine.deletedAt IS NULL
WITH s, x, mine, [b IN bySector WHERE b.x = x][0] AS green
WHERE green IS NOT NULL
WITH s, x, green, collect(mine)[0] AS mine
ORDER BY green.n DESC, s.name, s.id, x.id
LIMIT $limit
RETURN 'Support ' + s.name + ' to make a green version of ' + mine.name + ', as ' + green.first.peer.name + ' does with ' + green.first.product.name AS action,
       s.name + ' makes no green product; ' + green.n + ' green ' + x.name + ' products are made in the country' AS reason,
       [s.id, mine.id, green.first.product.id, green.first.peer.id] AS ids
ORDER BY green.n DESC, s.name, s.id, x.id
