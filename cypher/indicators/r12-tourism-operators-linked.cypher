// @id r12-tourism-operators-linked
// @recommendation R12
// @title Tourism operators working with creative producers
// @description Share of tour operators, hotels and travel platforms that buy from or partner with at least
// one creative producer.
// @unit ratio
// @target 0.7
// @direction higher-is-better
// @evidence tourism operators with no SUPPLIES or PARTNERS_WITH link (either way) to a creative producer
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (t:TourismOperator)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND t.deletedAt IS NULL RETURN t
    UNION
    MATCH (t:TourismOperator)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND t.deletedAt IS NULL RETURN t
  }
  WITH t, EXISTS { (t)-[:SUPPLIES|PARTNERS_WITH]-(p:CreativeProducer) WHERE p.deletedAt IS NULL } AS linked
  ORDER BY t.id
  RETURN count(CASE WHEN linked THEN 1 END) AS numerator, count(t) AS denominator,
         collect(CASE WHEN NOT linked THEN t.id END) AS unlinked
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, unlinked[..$evidenceLimit] AS evidence
