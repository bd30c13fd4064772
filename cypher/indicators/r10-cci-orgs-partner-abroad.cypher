// @id r10-cci-orgs-partner-abroad
// @recommendation R10
// @title CCI organisations with a partner abroad
// @description Share of the country's CCI organisations (associations, clusters, galleries, platforms...)
// that have at least one partner based in another country.
// @unit ratio
// @target 0.4
// @direction higher-is-better
// @evidence CCI organisations with no partner abroad
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:CCIOrganisation)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:CCIOrganisation)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s, COLLECT { MATCH (s)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) RETURN k.id AS k
                    UNION MATCH (s)-[:LOCATED_IN]->(k:Country) RETURN k.id AS k } AS here
  WITH s, EXISTS {
    MATCH (s)-[:PARTNERS_WITH]-(o:Stakeholder)
    WHERE o.deletedAt IS NULL
      AND EXISTS { MATCH (o)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE NOT k.id IN here
                   UNION MATCH (o)-[:LOCATED_IN]->(k:Country) WHERE NOT k.id IN here }
      AND NOT EXISTS { MATCH (o)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN here
                       UNION MATCH (o)-[:LOCATED_IN]->(k:Country) WHERE k.id IN here }
  } AS abroad
  ORDER BY s.id
  RETURN count(CASE WHEN abroad THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT abroad THEN s.id END) AS domestic
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, domestic[..$evidenceLimit] AS evidence
