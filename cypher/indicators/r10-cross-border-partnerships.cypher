// @id r10-cross-border-partnerships
// @recommendation R10
// @title Cross-border partnerships
// @description Number of partnerships between the country's stakeholders and stakeholders based in another
// country (for the region: partnerships of Mekong stakeholders across any border, each counted once).
// @unit count
// @target 10
// @direction higher-is-better
// @evidence the country's stakeholders with a partner abroad
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
  MATCH (s)-[r:PARTNERS_WITH]-(o:Stakeholder)
  WHERE o.deletedAt IS NULL
  WITH s, r, here,
       COLLECT { MATCH (o)-[:LOCATED_IN]->(:Province|Country)-[:IN*0..1]->(k:Country) RETURN DISTINCT k.id AS k } AS there
  WHERE size(there) > 0 AND none(k IN there WHERE k IN here)
  WITH s, r ORDER BY s.id
  RETURN count(DISTINCT r) AS n, collect(DISTINCT s.id) AS partnered
}
RETURN n AS value, n AS numerator, null AS denominator, partnered[..$evidenceLimit] AS evidence
