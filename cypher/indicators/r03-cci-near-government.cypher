// @id r03-cci-near-government
// @recommendation R03
// @title CCI actors close to government
// @description Share of CCI organisations and creative producers that are at most one intermediary away
// from a government body, through partnerships, memberships, or programmes the government runs or shares.
// @unit ratio
// @target 0.8
// @direction higher-is-better
// @evidence CCI organisations and creative producers with no government body within two hops
// (PARTNERS_WITH, MEMBER_OF, RUNS, SUPPORTS, either way)
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s WHERE s:CCIOrganisation OR s:CreativeProducer
  WITH s, EXISTS {
    MATCH (s) ((a)-[:PARTNERS_WITH|MEMBER_OF|RUNS|SUPPORTS]-(b) WHERE b.deletedAt IS NULL){1,2} (g:Government)
  } AS near
  ORDER BY s.id
  RETURN count(CASE WHEN near THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT near THEN s.id END) AS far
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, far[..$evidenceLimit] AS evidence
