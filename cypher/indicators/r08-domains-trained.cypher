// @id r08-domains-trained
// @recommendation R08
// @title Cultural domains with training on offer
// @description Share of the six UNESCO cultural domains in which at least one school, university or
// training centre of the country trains people; for the region, counted country by country.
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence the FCS domains (Sector ids) no education provider trains in
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
CALL (c) {
  CALL (c) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c) WHERE s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(c) WHERE s.deletedAt IS NULL RETURN s
  }
  RETURN collect(s) AS members
}
WITH c, size(members) > 0 AS mapped, COLLECT {
  UNWIND members AS e
  MATCH (e:EducationProvider)-[:TRAINS_IN]->(:Sector)-[:BROADER*0..4]->(d:Sector)
  WHERE d.level = 'domain'
  RETURN DISTINCT d.id
} AS trained
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
WITH mapped, d, d.id IN trained AS covered
WITH sum(CASE WHEN mapped AND covered THEN 1 ELSE 0 END) AS numerator,
     sum(CASE WHEN mapped THEN 1 ELSE 0 END) AS denominator,
     collect(CASE WHEN mapped AND NOT covered THEN d.id END) AS untrained
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator,
       COLLECT { UNWIND untrained AS m RETURN DISTINCT m ORDER BY m }[..$evidenceLimit] AS evidence
