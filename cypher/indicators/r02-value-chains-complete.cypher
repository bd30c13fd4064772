// @id r02-value-chains-complete
// @recommendation R02
// @title Complete domain value chains
// @description Share of the six UNESCO cultural domains whose value chain has someone active at every
// stage of the culture cycle, from creation and production to dissemination, exhibition and consumption;
// for the region, counted country by country.
// @unit ratio
// @target 0.8
// @direction higher-is-better
// @evidence the FCS domains (Sector ids) whose chain misses a stage
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope,
     COLLECT { MATCH (st:Stage) RETURN st.id } AS allStages
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
// (domain, stage) pairs with an actor: walked from the country's stakeholders to their domains.
WITH c, allStages, size(members) > 0 AS mapped, COLLECT {
  UNWIND members AS s
  MATCH (s)-[:WORKS_IN]->(x:Sector)
  MATCH (s)-[:ACTIVE_IN]->(st:Stage)
  // distinct (sector, stage) pairs first; the sector tree is climbed once per distinct sector
  WITH DISTINCT x, st.id AS stage
  WITH x, collect(stage) AS stages
  MATCH (x)-[:BROADER*0..4]->(d:Sector)
  WHERE d.level = 'domain'
  UNWIND stages AS stage
  RETURN DISTINCT d.id + ' ' + stage
} AS covered
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
WITH mapped, d, size(allStages) > 0 AND all(st IN allStages WHERE d.id + ' ' + st IN covered) AS complete
WITH sum(CASE WHEN mapped AND complete THEN 1 ELSE 0 END) AS numerator,
     sum(CASE WHEN mapped THEN 1 ELSE 0 END) AS denominator,
     collect(CASE WHEN mapped AND NOT complete THEN d.id END) AS incomplete
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator,
       COLLECT { UNWIND incomplete AS m RETURN DISTINCT m ORDER BY m }[..$evidenceLimit] AS evidence
