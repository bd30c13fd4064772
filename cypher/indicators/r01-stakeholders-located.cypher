// @id r01-stakeholders-located
// @recommendation R01
// @title Stakeholders with coordinates
// @description Share of mapped stakeholders whose position (latitude and longitude) is known, so the
// ecosystem can be drawn on a map and linked to nearby heritage sites.
// @unit ratio
// @target 0.95
// @direction higher-is-better
// @evidence stakeholders without coordinates
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s ORDER BY s.id
  RETURN count(s.location) AS numerator, count(s) AS denominator,
         collect(CASE WHEN s.location IS NULL THEN s.id END) AS missing
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, missing[..$evidenceLimit] AS evidence
