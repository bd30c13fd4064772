// @id s-r02-fill-value-chain-stages
// @recommendation R02
// @title Fill the missing stages of domain value chains
// @description For each cultural domain with stakeholders in the country, the culture-cycle stages where
// nobody is active: map the actors that exist there, or support new ones.
// @note Scans a label on purpose: candidates are looked for among every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
CALL (c, d) {
  CALL (c, d) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c) WHERE s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(c) WHERE s.deletedAt IS NULL RETURN s
  }
  MATCH (s)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d)
  WITH DISTINCT s ORDER BY s.id
  RETURN collect(s) AS actors
}
WITH c, d, actors WHERE size(actors) > 0
MATCH (st:Stage)
WHERE NOT any(a IN actors WHERE EXISTS { (a)-[:ACTIVE_IN]->(st) })
WITH c, d, actors, st,
     [a IN actors WHERE EXISTS { (a)-[:ACTIVE_IN]->(:Stage) }] AS active
RETURN 'Map or support ' + toLower(st.name) + ' actors for ' + d.name + ' in ' + c.name AS action,
       size(actors) + ' stakeholders work in ' + d.name + ' in ' + c.name + ' but none is active at the ' +
       toLower(st.name) + ' stage (stage ' + toInteger(st.order) + ' of 5)' AS reason,
       [d.id, st.id, c.id] + [a IN active | a.id][..3] AS ids
ORDER BY size(actors) DESC, c.id, d.id, st.order
LIMIT $limit
