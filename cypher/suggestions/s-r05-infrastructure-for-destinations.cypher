// @id s-r05-infrastructure-for-destinations
// @recommendation R05
// @title Bring infrastructure programmes to destinations left out
// @description Heritage sites, creative cities and other destinations in provinces that no infrastructure
// programme reaches, busiest first, with the country's infrastructure programme that could be extended.
// @note Scans a label on purpose: candidates are looked for among every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (d:Destination)-[:LOCATED_IN]->(pr:Province)-[:IN]->(c)
WHERE d.deletedAt IS NULL
  AND NOT EXISTS {
    MATCH (pr)<-[:LOCATED_IN]-(s:Stakeholder)<-[:SUPPORTS]-(i:Initiative)
    WHERE s.deletedAt IS NULL AND i.deletedAt IS NULL AND i.kind = 'infrastructure'
  }
WITH d, pr, c, COUNT { (s:Stakeholder)-[:ACTIVE_AT]->(d) WHERE s.deletedAt IS NULL } AS active
CALL (c) {
  OPTIONAL MATCH (i:Initiative)<-[:RUNS]-(s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE i.deletedAt IS NULL AND s.deletedAt IS NULL AND i.kind = 'infrastructure'
  WITH i ORDER BY i.startYear DESC, i.id
  RETURN collect(i)[0] AS model
}
RETURN CASE WHEN model IS NULL THEN 'Plan a digital or physical infrastructure programme for ' + d.name + ' (' + pr.name + ')'
            ELSE 'Extend ' + model.name + ' to ' + pr.name + ', starting with ' + d.name END AS action,
       'no infrastructure programme supports anyone in ' + pr.name + '; ' + active + ' stakeholders are active at ' + d.name AS reason,
       [x IN [d.id, pr.id, model.id] WHERE x IS NOT NULL] AS ids
ORDER BY CASE WHEN d:HeritageSite OR 'creative_city' IN coalesce(d.kinds, []) THEN 0 ELSE 1 END, active DESC, d.name, d.id
LIMIT $limit
