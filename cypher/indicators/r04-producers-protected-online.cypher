// @id r04-producers-protected-online
// @recommendation R04
// @title Creative producers selling online under IP protection
// @description Share of creative producers that sell through a digital platform operating in a country
// with a national IP regulation for digital trade or e-commerce.
// @unit ratio
// @target 0.5
// @direction higher-is-better
// @evidence creative producers selling through a digital platform that no such regulation covers
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s, COLLECT {
    MATCH (s)-[:SUPPLIES]->(p:Stakeholder)
    WHERE p.deletedAt IS NULL AND 'digital-platform' IN coalesce(p.tags, [])
    RETURN p
  } AS platforms
  WITH s, size(platforms) > 0 AS online, any(p IN platforms WHERE EXISTS {
    MATCH (r:Regulation)-[:APPLIES_TO]->(k:Country)
    WHERE r.deletedAt IS NULL AND r.scope = 'national'
      AND 'ip' IN r.topics AND ('digital' IN r.topics OR 'ecommerce' IN r.topics)
      AND (r.year IS NULL OR r.year <= date().year)
      AND (EXISTS { (p)-[:LOCATED_IN]->(:Province)-[:IN]->(k) } OR EXISTS { (p)-[:LOCATED_IN]->(k) })
  }) AS protected
  ORDER BY s.id
  RETURN count(CASE WHEN protected THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN online AND NOT protected THEN s.id END) AS exposed
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, exposed[..$evidenceLimit] AS evidence
