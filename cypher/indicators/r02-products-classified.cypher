// @id r02-products-classified
// @recommendation R02
// @title Products classified in the taxonomy
// @description Share of the cultural and creative products made by the country's stakeholders that are
// classified in the sector taxonomy (UNESCO cultural domains), so they can be counted and compared.
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence products not classified in any sector
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  MATCH (s)-[:PRODUCES]->(p:Product)
  WHERE p.deletedAt IS NULL
  WITH DISTINCT p
  WITH p, EXISTS { (p)-[:IN_SECTOR]->(:Sector) } AS classified
  ORDER BY p.id
  RETURN count(CASE WHEN classified THEN 1 END) AS numerator, count(p) AS denominator,
         collect(CASE WHEN NOT classified THEN p.id END) AS unclassified
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, unclassified[..$evidenceLimit] AS evidence
