// @id r11-green-investment-amount
// @recommendation R11
// @title Green share of investment
// @description Share of the money invested in the country's cultural and creative stakeholders that is
// green investment (by amount in USD).
// @unit ratio
// @target 0.3
// @direction higher-is-better
// @evidence the stakeholders receiving green investment (numerator and denominator in USD)
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  MATCH (v:Investor)-[i:INVESTS_IN]->(s)
  WHERE v.deletedAt IS NULL
  WITH s, i ORDER BY s.id
  RETURN sum(CASE WHEN i.green = true THEN toFloat(coalesce(i.amountUsd, 0)) ELSE 0.0 END) AS numerator,
         sum(toFloat(coalesce(i.amountUsd, 0))) AS denominator,
         collect(DISTINCT CASE WHEN i.green = true THEN s.id END) AS greenTargets
}
RETURN CASE WHEN denominator = 0 THEN null ELSE numerator / denominator END AS value,
       numerator, denominator, greenTargets[..$evidenceLimit] AS evidence
