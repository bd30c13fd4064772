// @id r12-sites-with-producers
// @recommendation R12
// @title Heritage sites and creative cities with creative producers nearby
// @description Share of the country's heritage sites and creative cities where at least one creative producer
// is active, or works with someone active there (within two links).
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence heritage sites and creative cities with no creative producer within two hops over ACTIVE_AT,
// SUPPLIES, PARTNERS_WITH, MEMBER_OF
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (d:Destination)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND d.deletedAt IS NULL RETURN d
    UNION
    MATCH (d:Destination)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND d.deletedAt IS NULL RETURN d
  }
  WITH d WHERE d:HeritageSite OR 'creative_city' IN coalesce(d.kinds, [])
  WITH d, EXISTS {
    MATCH (d) ((a)-[:ACTIVE_AT|SUPPLIES|PARTNERS_WITH|MEMBER_OF]-(b) WHERE b.deletedAt IS NULL){1,2} (p:CreativeProducer)
  } AS covered
  ORDER BY d.id
  RETURN count(CASE WHEN covered THEN 1 END) AS numerator, count(d) AS denominator,
         collect(CASE WHEN NOT covered THEN d.id END) AS uncovered
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, uncovered[..$evidenceLimit] AS evidence
