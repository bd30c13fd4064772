// @id r07-traditional-shared-networks
// @recommendation R07
// @title Traditional makers in networks and programmes with new creative arts
// @description Share of the creative producers, CCI organisations and communities working in traditional
// sectors that belong to a network, or benefit from a programme, together with contemporary or digital
// creatives (or belong to a contemporary association).
// @unit ratio
// @target 0.5
// @direction higher-is-better
// @evidence traditional-sector actors sharing no network (MEMBER_OF) or programme (SUPPORTS) with a
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
    MATCH (s)-[:MEMBER_OF]->(o:Stakeholder)-[:WORKS_IN]->(x:Sector)
    WHERE o.deletedAt IS NULL AND x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  } OR EXISTS {
    MATCH (s)-[:MEMBER_OF]->(n:Stakeholder)<-[:MEMBER_OF]-(o:Stakeholder)-[:WORKS_IN]->(x:Sector)
    WHERE o <> s AND n.deletedAt IS NULL AND o.deletedAt IS NULL
      AND x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  } OR EXISTS {
    MATCH (s)<-[:SUPPORTS]-(i:Initiative)-[:SUPPORTS]->(o:Stakeholder)-[:WORKS_IN]->(x:Sector)
    WHERE o <> s AND i.deletedAt IS NULL AND o.deletedAt IS NULL
      AND x.tradition IN ['contemporary', 'digital'] AND x.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
  } AS shared
  ORDER BY s.id
  RETURN count(CASE WHEN shared THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN NOT shared THEN s.id END) AS apart
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, apart[..$evidenceLimit] AS evidence
