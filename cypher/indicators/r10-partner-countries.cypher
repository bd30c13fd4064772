// @id r10-partner-countries
// @recommendation R10
// @title Countries partnered with
// @description Number of other countries with which the country's stakeholders have at least one
// partnership (for the region: the number of country pairs, involving a Mekong country, with one).
// @unit count
// @target 4
// @direction higher-is-better
// @evidence the partner countries (Country ids)
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  // where each side is: one LOCATED_IN expansion, computed once per stakeholder (not once per partnership)
  WITH DISTINCT s
  WITH s, COLLECT { MATCH (s)-[:LOCATED_IN]->(:Province|Country)-[:IN*0..1]->(k:Country) RETURN DISTINCT k.id AS k } AS here
  MATCH (s)-[:PARTNERS_WITH]-(o:Stakeholder)
  WHERE o.deletedAt IS NULL
  WITH s, o, here,
       COLLECT { MATCH (o)-[:LOCATED_IN]->(:Province|Country)-[:IN*0..1]->(k:Country) RETURN DISTINCT k.id AS k } AS there
  WHERE size(there) > 0 AND none(k IN there WHERE k IN here)
  UNWIND [k IN here WHERE k IN scope] AS a
  UNWIND there AS b
  WITH DISTINCT CASE WHEN a < b THEN a + '-' + b ELSE b + '-' + a END AS pair, b
  WITH collect(DISTINCT pair) AS pairs, collect(DISTINCT b) AS partners
  RETURN size(pairs) AS n, COLLECT { UNWIND partners AS p RETURN p ORDER BY p } AS partnerCountries
}
RETURN n AS value, n AS numerator, null AS denominator, partnerCountries[..$evidenceLimit] AS evidence
