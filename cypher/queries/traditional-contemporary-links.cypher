// @name traditional-contemporary-links
// @title Traditional culture linked with new creative arts
// @description Per country: stakeholders working in traditional sectors, and how many of them supply
// or partner with a stakeholder in a contemporary or digital sector — recommendation R07.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @example {}
// @note Scans Country (a handful) on purpose.
MATCH (c:Country)
WHERE ($country IS NULL AND c.id IN ['KH', 'LA', 'MM', 'TH', 'VN']) OR c.id = $country
CALL (c) {
  OPTIONAL MATCH (s:Stakeholder)-[:WORKS_IN]->(:Sector {tradition: 'traditional'})
  WHERE s.deletedAt IS NULL
    AND (EXISTS { (s)-[:LOCATED_IN]->(:Province)-[:IN]->(c) } OR EXISTS { (s)-[:LOCATED_IN]->(c) })
  WITH DISTINCT s
  RETURN count(s) AS traditional,
         count(CASE WHEN EXISTS { (s)-[:SUPPLIES|PARTNERS_WITH]-(o:Stakeholder)-[:WORKS_IN]->(x:Sector) WHERE x.tradition IN ['contemporary', 'digital'] AND o.deletedAt IS NULL } THEN s END) AS linked
}
RETURN c.id AS country, traditional, linked,
       CASE WHEN traditional = 0 THEN null ELSE round(toFloat(linked) / traditional, 3) END AS share
ORDER BY country
