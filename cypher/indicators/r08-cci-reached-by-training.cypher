// @id r08-cci-reached-by-training
// @recommendation R08
// @title CCI actors reached by training
// @description Share of creative producers and CCI organisations that take part in at least one training
// programme.
// @unit ratio
// @target 0.5
// @direction higher-is-better
// @evidence creative producers and CCI organisations no training initiative supports
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s WHERE s:CreativeProducer OR s:CCIOrganisation
  WITH s, EXISTS { (s)<-[:SUPPORTS]-(i:Initiative) WHERE i.deletedAt IS NULL AND i.kind = 'training' } AS reached
  ORDER BY s.id
  RETURN count(CASE WHEN reached THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT reached THEN s.id END) AS unreached
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, unreached[..$evidenceLimit] AS evidence
