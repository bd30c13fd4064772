// @id s-r01-geocode-stakeholders
// @recommendation R01
// @title Put unmapped stakeholders on the map
// @description Stakeholders with no coordinates, creative producers and CCI organisations first, each with
// the province it is in: add their position so they appear on the map and next to nearby sites.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  UNION
  MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
}
WITH s WHERE s.location IS NULL
OPTIONAL MATCH (s)-[:LOCATED_IN]->(pr:Province)
WITH s, pr, COLLECT { MATCH (s)-[:LOCATED_IN]->(k:Country) RETURN k.name }[0] AS countryOnly,
     CASE WHEN s:CreativeProducer THEN 0 WHEN s:CCIOrganisation THEN 1 WHEN s:TourismOperator THEN 2 ELSE 3 END AS priority
RETURN 'Add coordinates for ' + s.name + CASE WHEN pr IS NULL THEN '' ELSE ' (' + pr.name + ')' END AS action,
       CASE WHEN pr IS NULL THEN 'no coordinates, and located only at country level (' + coalesce(countryOnly, '?') + '): it cannot be drawn on a map or matched to nearby sites'
            ELSE 'no coordinates: it cannot be drawn on a map or matched to nearby sites; it is in ' + pr.name END AS reason,
       [x IN [s.id, pr.id] WHERE x IS NOT NULL] AS ids
ORDER BY priority, pr IS NULL DESC, s.name, s.id
LIMIT $limit
