// @id r09-products-certified
// @recommendation R09
// @title Products with a label or certification
// @description Share of the cultural and creative products made in the country that carry a label or
// certification (a geographical indication, a craft mark, a fair-trade or eco label) that helps sell them.
// @unit ratio
// @target 0.3
// @direction higher-is-better
// @evidence the products carrying a certification
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  MATCH (s)-[:PRODUCES]->(p:Product)
  WHERE p.deletedAt IS NULL
  WITH DISTINCT p ORDER BY p.id
  WITH p, p.certified IS NOT NULL AND trim(toString(p.certified)) <> '' AS certified
  RETURN count(CASE WHEN certified THEN 1 END) AS numerator, count(p) AS denominator,
         collect(CASE WHEN certified THEN p.id END) AS labelled
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, labelled[..$evidenceLimit] AS evidence
