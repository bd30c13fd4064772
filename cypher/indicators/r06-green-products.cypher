// @id r06-green-products
// @recommendation R06
// @title Green products
// @description Share of the cultural and creative products made in the country that are made with
// eco-innovation (natural dyes, recycled or local sustainable materials...).
// @unit ratio
// @target 0.3
// @direction higher-is-better
// @evidence the green products
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
  RETURN count(CASE WHEN p.green = true THEN 1 END) AS numerator, count(p) AS denominator,
         collect(CASE WHEN p.green = true THEN p.id END) AS green
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, green[..$evidenceLimit] AS evidence
