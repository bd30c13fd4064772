// @id s-r07-link-traditional-contemporary
// @recommendation R07
// @title Link traditional makers with contemporary creatives nearby
// @description Traditional-sector creative producers with no supply or partnership link to a contemporary or
// digital creative, each with the nearest such creative in the same province.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})<-[:IN]-(pr:Province)
// The contemporary and digital creatives of each province, gathered once per province.
CALL (pr) {
  MATCH (pr)<-[:LOCATED_IN]-(o:Stakeholder)-[:WORKS_IN]->(x:Sector)
  WHERE o.deletedAt IS NULL AND x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  RETURN collect(DISTINCT o) AS modern
}
WITH pr, modern WHERE size(modern) > 0
MATCH (t:CreativeProducer)-[:LOCATED_IN]->(pr)
WHERE t.deletedAt IS NULL
  AND EXISTS { (t)-[:WORKS_IN]->(:Sector {tradition: 'traditional'}) }
  AND NOT EXISTS {
    MATCH (t)-[:SUPPLIES|PARTNERS_WITH]-(o:Stakeholder)-[:WORKS_IN]->(x:Sector)
    WHERE o <> t AND o.deletedAt IS NULL
      AND x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  }
  AND any(o IN modern WHERE o <> t)
WITH DISTINCT t, pr, modern ORDER BY t.location IS NULL, t.name, t.id
LIMIT $limit
CALL (t, modern) {
  UNWIND modern AS o
  WITH o WHERE o <> t
  WITH o, CASE WHEN t.location IS NULL OR o.location IS NULL THEN null ELSE point.distance(t.location, o.location) / 1000.0 END AS km
  ORDER BY km IS NULL, km, o.name, o.id
  LIMIT 1
  RETURN o, km,
         COLLECT { MATCH (o)-[:WORKS_IN]->(x:Sector)
                   WHERE x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
                   RETURN x.name ORDER BY x.name }[0] AS ox
}
WITH t, pr, o, ox, km, COLLECT { MATCH (t)-[:WORKS_IN]->(x:Sector {tradition: 'traditional'}) RETURN x.name ORDER BY x.name }[0] AS tx
RETURN 'Link ' + t.name + ' (' + tx + ') with ' + o.name + ' (' + ox + ')' +
       CASE WHEN km IS NULL THEN '' ELSE ' (' + toString(round(km, 1)) + ' km)' END AS action,
       'no supply or partnership with a contemporary or digital creative; both are in ' + pr.name AS reason,
       [t.id, o.id] AS ids
ORDER BY km IS NULL, km, t.name, t.id
