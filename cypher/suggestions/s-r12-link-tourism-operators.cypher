// @id s-r12-link-tourism-operators
// @recommendation R12
// @title Put creative products into tourism offers
// @description Tourism operators that buy from or partner with no creative producer, each with a producer
// active at a destination where the operator works (or else located in its province).
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (t:TourismOperator)-[:LOCATED_IN]->(pr:Province)-[:IN]->(c)
WHERE t.deletedAt IS NULL
  AND NOT EXISTS { (t)-[:SUPPLIES|PARTNERS_WITH]-(p:CreativeProducer) WHERE p.deletedAt IS NULL }
WITH DISTINCT t, pr
WITH t, pr,
     EXISTS { (t)-[:ACTIVE_AT]->(d:Destination)<-[:ACTIVE_AT]-(p:CreativeProducer) WHERE d.deletedAt IS NULL AND p.deletedAt IS NULL } AS atSite
WHERE atSite OR EXISTS { (p:CreativeProducer)-[:LOCATED_IN]->(pr) WHERE p.deletedAt IS NULL }
WITH t, pr, atSite ORDER BY atSite DESC, t.name, t.id
LIMIT $limit
CALL (t, pr, atSite) {
  OPTIONAL MATCH (t)-[:ACTIVE_AT]->(d:Destination)<-[:ACTIVE_AT]-(p:CreativeProducer)
  WHERE atSite AND d.deletedAt IS NULL AND p.deletedAt IS NULL
  WITH p, d ORDER BY p.name, p.id
  WITH collect(CASE WHEN p IS NOT NULL THEN {p: p, where: 'active at ' + d.name, id: d.id} END)[0] AS found
  OPTIONAL MATCH (p:CreativeProducer)-[:LOCATED_IN]->(pr)
  WHERE found IS NULL AND p.deletedAt IS NULL
  WITH found, p ORDER BY p.name, p.id
  WITH found, collect(CASE WHEN p IS NOT NULL THEN {p: p, where: 'in the same province (' + pr.name + ')', id: pr.id} END)[0] AS inProvince
  RETURN coalesce(found, inProvince) AS best
}
RETURN 'Link ' + t.name + ' with ' + best.p.name AS action,
       t.name + ' buys from and partners with no creative producer; ' + best.p.name + ' is ' + best.where AS reason,
       [t.id, best.p.id, best.id] AS ids
ORDER BY atSite DESC, t.name, t.id
