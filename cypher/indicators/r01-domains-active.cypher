// @id r01-domains-active
// @recommendation R01
// @title Cultural domains with active stakeholders
// @description Share of the six UNESCO cultural domains (heritage, performance, visual arts and crafts, books,
// audio-visual, design) in which at least one mapped stakeholder is active in the culture cycle; for the
// region, counted country by country.
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence the FCS domains (Sector ids) with no active stakeholder
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
// The country's stakeholders: LOCATED_IN one of its provinces, or the country itself.
CALL (c) {
  CALL (c) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c) WHERE s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(c) WHERE s.deletedAt IS NULL RETURN s
  }
  WITH s ORDER BY s.id
  RETURN collect(s) AS members
}
// Walk from the country's stakeholders to their domains (cheaper than from each domain to everyone).
WITH c, size(members) > 0 AS mapped, COLLECT {
  UNWIND members AS s
  WITH s WHERE EXISTS { (s)-[:ACTIVE_IN]->(:Stage) }
  MATCH (s)-[:WORKS_IN]->(x:Sector)
  // climb the sector tree once per distinct sector, not once per stakeholder
  WITH DISTINCT x
  MATCH (x)-[:BROADER*0..4]->(d:Sector)
  WHERE d.level = 'domain'
  RETURN DISTINCT d.id
} AS activeDomains
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
WITH mapped, d, d.id IN activeDomains AS active
WITH sum(CASE WHEN mapped AND active THEN 1 ELSE 0 END) AS numerator,
     sum(CASE WHEN mapped THEN 1 ELSE 0 END) AS denominator,
     collect(CASE WHEN mapped AND NOT active THEN d.id END) AS missing
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator,
       COLLECT { UNWIND missing AS m RETURN DISTINCT m ORDER BY m }[..$evidenceLimit] AS evidence
