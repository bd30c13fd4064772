// @id r03-government-cci-dialogue
// @recommendation R03
// @title Government bodies in dialogue with CCI organisations
// @description Share of the country's government bodies that partner with, belong to the same network as,
// or run a programme for at least one CCI organisation (association, cluster, gallery, platform...).
// @unit ratio
// @target 0.8
// @direction higher-is-better
// @evidence government bodies with no direct tie to a CCI organisation
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (g:Government)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND g.deletedAt IS NULL RETURN g
    UNION
    MATCH (g:Government)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND g.deletedAt IS NULL RETURN g
  }
  WITH g, EXISTS { (g)-[:PARTNERS_WITH|MEMBER_OF]-(o:CCIOrganisation) WHERE o.deletedAt IS NULL }
          OR EXISTS { (g)-[:RUNS]->(i:Initiative)-[:SUPPORTS]->(o:CCIOrganisation) WHERE i.deletedAt IS NULL AND o.deletedAt IS NULL } AS tied
  ORDER BY g.id
  RETURN count(CASE WHEN tied THEN 1 END) AS numerator, count(g) AS denominator,
         collect(CASE WHEN NOT tied THEN g.id END) AS untied
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, untied[..$evidenceLimit] AS evidence
