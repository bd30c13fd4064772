// @id s-r08-train-in-missing-domains
// @recommendation R08
// @title Open training in the domains nobody teaches
// @description Cultural domains with stakeholders in the country but no school or training centre training in
// them, each with the country's education providers that could add them.
// @note Scans a label on purpose: candidates are looked for among every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  AND NOT EXISTS {
    MATCH (e:EducationProvider)-[:TRAINS_IN]->(:Sector)-[:BROADER*0..4]->(d)
    WHERE e.deletedAt IS NULL
      AND (EXISTS { (e)-[:LOCATED_IN]->(:Province)-[:IN]->(c) } OR EXISTS { (e)-[:LOCATED_IN]->(c) })
  }
CALL (c, d) {
  MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE s.deletedAt IS NULL AND EXISTS { (s)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d) }
  RETURN count(DISTINCT s) AS workers
}
WITH c, d, workers WHERE workers > 0
CALL (c) {
  OPTIONAL MATCH (e:EducationProvider)-[:LOCATED_IN]->(:Province)-[:IN]->(c)
  WHERE e.deletedAt IS NULL
  WITH DISTINCT e
  WITH e, COUNT { (e)-[:TRAINS_IN]->(:Sector) } AS breadth
  ORDER BY breadth DESC, e.name
  RETURN collect(e)[..2] AS providers
}
RETURN CASE WHEN size(providers) = 0 THEN 'Set up training in ' + d.name + ' in ' + c.name
            ELSE 'Open ' + d.name + ' courses at ' + reduce(t = '', e IN providers | t + CASE WHEN t = '' THEN '' ELSE ' or ' END + e.name) END AS action,
       workers + ' stakeholders work in ' + d.name + ' in ' + c.name + ', and no education provider there trains in it' AS reason,
       [d.id, c.id] + [e IN providers | e.id] AS ids
ORDER BY workers DESC, c.id, d.id
LIMIT $limit
