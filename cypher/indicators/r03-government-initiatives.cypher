// @id r03-government-initiatives
// @recommendation R03
// @title Government-run CCI initiatives
// @description Number of programmes and projects for the cultural and creative industries that a government
// body of the country runs itself.
// @unit count
// @target 3
// @direction higher-is-better
// @evidence the initiatives run by a government body of the country
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (g:Government)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND g.deletedAt IS NULL RETURN g
    UNION
    MATCH (g:Government)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND g.deletedAt IS NULL RETURN g
  }
  MATCH (g)-[:RUNS]->(i:Initiative)
  WHERE i.deletedAt IS NULL
  WITH DISTINCT i ORDER BY i.id
  RETURN count(i) AS n, collect(i.id) AS initiatives
}
RETURN n AS value, n AS numerator, null AS denominator, initiatives[..$evidenceLimit] AS evidence
