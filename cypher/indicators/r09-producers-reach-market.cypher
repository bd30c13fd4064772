// @id r09-producers-reach-market
// @recommendation R09
// @title Creative producers reaching a market
// @description Share of creative producers whose work reaches a shop, gallery, distributor or online platform
// (directly or through up to two intermediaries), or who are in an export or branding programme.
// @unit ratio
// @target 0.8
// @direction higher-is-better
// @evidence creative producers with no SUPPLIES path (1-3 links) to a dissemination-stage actor and no
// export or branding initiative supporting them
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s, EXISTS {
    MATCH (s) (()-[:SUPPLIES]->(y WHERE y.deletedAt IS NULL)){1,3} (m:Stakeholder)
    WHERE EXISTS { (m)-[:ACTIVE_IN]->(:Stage {id: 'stage-dissemination'}) }
  } OR EXISTS {
    MATCH (s)<-[:SUPPORTS]-(i:Initiative)
    WHERE i.deletedAt IS NULL AND i.kind IN ['export', 'branding']
  } AS reaches
  ORDER BY s.id
  RETURN count(CASE WHEN reaches THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT reaches THEN s.id END) AS stuck
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, stuck[..$evidenceLimit] AS evidence
