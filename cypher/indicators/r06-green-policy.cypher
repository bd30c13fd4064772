// @id r06-green-policy
// @recommendation R06
// @title Green regulations and programmes
// @description Number of national regulations on green production and of green programmes (eco-innovation,
// green investment, green training) in the country.
// @unit count
// @target 2
// @direction higher-is-better
// @evidence the national regulations with topic green and the initiatives marked green
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  MATCH (r:Regulation)-[:APPLIES_TO]->(k:Country)
  WHERE k.id IN scope AND r.deletedAt IS NULL AND r.scope = 'national' AND 'green' IN r.topics
  RETURN DISTINCT r.id AS id
  UNION
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  MATCH (s)-[:RUNS|SUPPORTS]-(i:Initiative)
  WHERE i.deletedAt IS NULL AND i.green = true
  RETURN DISTINCT i.id AS id
}
WITH id ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS value, size(ids) AS numerator, null AS denominator, ids[..$evidenceLimit] AS evidence
