// @id r12-producers-at-destinations
// @recommendation R12
// @title Creative producers present where visitors go
// @description Share of creative producers that sell, perform, exhibit or guide at a destination (a heritage
// site, creative city, craft village, market, museum, venue or festival).
// @unit ratio
// @target 0.5
// @direction higher-is-better
// @evidence creative producers active at no destination
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s, EXISTS { (s)-[:ACTIVE_AT]->(d:Destination) WHERE d.deletedAt IS NULL } AS present
  ORDER BY s.id
  RETURN count(CASE WHEN present THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT present THEN s.id END) AS absent
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, absent[..$evidenceLimit] AS evidence
