// @id r05-destinations-infrastructure
// @recommendation R05
// @title Destinations reached by infrastructure programmes
// @description Share of the country's destinations (heritage sites, creative cities, craft villages, markets,
// venues...) in a province where an infrastructure programme supports at least one stakeholder.
// @unit ratio
// @target 0.8
// @direction higher-is-better
// @evidence destinations with no infrastructure initiative in their province (heritage sites and creative
// cities first)
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (d:Destination)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND d.deletedAt IS NULL RETURN d
    UNION
    MATCH (d:Destination)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND d.deletedAt IS NULL RETURN d
  }
  WITH d, EXISTS {
    MATCH (d)-[:LOCATED_IN]->(pr:Province)<-[:LOCATED_IN]-(s:Stakeholder)<-[:SUPPORTS]-(i:Initiative)
    WHERE s.deletedAt IS NULL AND i.deletedAt IS NULL AND i.kind = 'infrastructure'
  } AS covered
  ORDER BY CASE WHEN d:HeritageSite OR 'creative_city' IN coalesce(d.kinds, []) THEN 0 ELSE 1 END, d.id
  RETURN count(CASE WHEN covered THEN 1 END) AS numerator, count(d) AS denominator,
         collect(CASE WHEN NOT covered THEN d.id END) AS uncovered
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, uncovered[..$evidenceLimit] AS evidence
