// @id r05-infrastructure-per-100
// @recommendation R05
// @title Infrastructure programmes per 100 stakeholders
// @description Number of digital or physical infrastructure programmes (market halls, broadband, digital
// platforms, venues) for every 100 mapped stakeholders of the country.
// @unit count
// @target 3
// @direction higher-is-better
// @evidence the infrastructure initiatives (numerator: their number, denominator: the stakeholders)
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
  WHERE i.deletedAt IS NULL AND i.kind = 'infrastructure'
  WITH DISTINCT i ORDER BY i.id
  RETURN count(i) AS n, collect(i.id) AS initiatives
}
RETURN CASE WHEN size(members) = 0 THEN null ELSE 100.0 * n / size(members) END AS value,
       n AS numerator, size(members) AS denominator, initiatives[..$evidenceLimit] AS evidence
