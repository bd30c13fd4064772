// @id r07-traditional-linked
// @recommendation R07
// @title Traditional makers linked with new creative arts
// @description Share of the creative producers, CCI organisations and communities working in traditional
// sectors (heritage, performing arts, crafts, intangible heritage) that supply or partner with someone
// working in a contemporary or digital creative sector (media, games, design, fashion...).
// @unit ratio
// @target 0.6
// @direction higher-is-better
// @evidence traditional-sector actors with no SUPPLIES or PARTNERS_WITH link (either way) to a
// contemporary or digital-sector stakeholder
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s
  WHERE (s:CreativeProducer OR s:CCIOrganisation OR s:Community)
    AND EXISTS { (s)-[:WORKS_IN]->(x:Sector) WHERE x.tradition = 'traditional' }
  WITH s, EXISTS {
    MATCH (s)-[:SUPPLIES|PARTNERS_WITH]-(o:Stakeholder)-[:WORKS_IN]->(x:Sector)
    WHERE o <> s AND o.deletedAt IS NULL
      AND x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  } AS linked
  ORDER BY s.id
  RETURN count(CASE WHEN linked THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT linked THEN s.id END) AS unlinked
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, unlinked[..$evidenceLimit] AS evidence
