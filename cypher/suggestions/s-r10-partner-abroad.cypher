// @id s-r10-partner-abroad
// @recommendation R10
// @title Pair CCI organisations with counterparts abroad
// @description CCI organisations with no partner abroad, each with the nearest CCI organisation or
// international partner of another country working in the same cultural domain.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (s:CCIOrganisation)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
WHERE s.deletedAt IS NULL
  AND NOT EXISTS {
    MATCH (s)-[:PARTNERS_WITH]-(o:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country)
    WHERE o.deletedAt IS NULL AND k <> c
  }
  AND NOT EXISTS {
    MATCH (s)-[:PARTNERS_WITH]-(o:Stakeholder)-[:LOCATED_IN]->(k:Country)
    WHERE o.deletedAt IS NULL AND k <> c
  }
WITH DISTINCT s, c ORDER BY s.location IS NULL, s.name, s.id
CALL (s, c) {
  MATCH (s)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d:Sector {level: 'domain'})
  WHERE d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  MATCH (o:Stakeholder)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d)
  WHERE (o:CCIOrganisation OR o:InternationalPartner) AND o.deletedAt IS NULL
  MATCH (o)-[:LOCATED_IN]->(:Province|Country)-[:IN*0..1]->(k:Country)
  WHERE k <> c AND NOT EXISTS { (o)-[:LOCATED_IN]->(:Province)-[:IN]->(c) } AND NOT EXISTS { (o)-[:LOCATED_IN]->(c) }
  WITH d, o, k, CASE WHEN s.location IS NULL OR o.location IS NULL THEN null ELSE point.distance(s.location, o.location) / 1000.0 END AS km
  ORDER BY km IS NULL, km, o.name, o.id
  LIMIT 1
  RETURN d, o, k, km
}
WITH s, d, o, k, km
LIMIT $limit
RETURN 'Pair ' + s.name + ' with ' + o.name + ' (' + k.name + ')' +
       CASE WHEN km IS NULL THEN '' ELSE ' (' + toString(round(km, 1)) + ' km)' END AS action,
       s.name + ' has no partner abroad; both work in ' + d.name AS reason,
       [s.id, o.id, k.id] AS ids
ORDER BY km IS NULL, km, s.name, s.id
