// @id r08-training-per-100-cci
// @recommendation R08
// @title Training programmes per 100 CCI actors
// @description Number of training programmes (skills, entrepreneurship, management, marketing) for every
// 100 creative producers and CCI organisations of the country.
// @unit count
// @target 5
// @direction higher-is-better
// @evidence the training initiatives (numerator: their number, denominator: creative producers and CCI
// organisations)
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  RETURN collect(s) AS members
}
// An initiative belongs to the country of who runs it, or of a stakeholder it supports.
CALL (members) {
  UNWIND members AS s
  MATCH (s)-[:RUNS|SUPPORTS]-(i:Initiative)
  WHERE i.deletedAt IS NULL AND i.kind = 'training'
  WITH DISTINCT i ORDER BY i.id
  RETURN count(i) AS n, collect(i.id) AS initiatives
}
WITH n, initiatives, size([s IN members WHERE s:CreativeProducer OR s:CCIOrganisation]) AS cci
RETURN CASE WHEN cci = 0 THEN null ELSE 100.0 * n / cci END AS value,
       n AS numerator, cci AS denominator, initiatives[..$evidenceLimit] AS evidence
