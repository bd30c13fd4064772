// @id r11-green-investment-links
// @recommendation R11
// @title Green share of investment deals
// @description Share of the investments made in the country's cultural and creative stakeholders that are
// green investments (by number of deals, whatever their size).
// @unit ratio
// @target 0.3
// @direction higher-is-better
// @evidence investors that invested in the country without any green investment there
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  MATCH (v:Investor)-[i:INVESTS_IN]->(s)
  WHERE v.deletedAt IS NULL
  WITH v, collect(i) AS deals
  WITH v, size(deals) AS n, size([i IN deals WHERE i.green = true]) AS green
  ORDER BY v.id
  RETURN sum(green) AS numerator, sum(n) AS denominator, collect(CASE WHEN green = 0 THEN v.id END) AS brown
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, brown[..$evidenceLimit] AS evidence
