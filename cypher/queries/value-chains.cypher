// @name value-chains
// @title Value-chain completeness per country and sector
// @description For each (country, FCS domain): the stakeholders working in the domain (or a narrower
// sector) per culture-cycle stage, and which consecutive stages are joined by a SUPPLIES link between
// such stakeholders. The API turns this into missing stages, broken links and a completeness ratio.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null, "description": "null: the five Mekong countries"}
// @param sector {"type": ["string", "null"], "minLength": 1, "maxLength": 128, "default": null, "description": "a sector id; null: the six FCS domains A–F"}
// @example {"country": "KH"}
// @note Scans Sector and Stage (tens of nodes) on purpose.
MATCH (c:Country)
WHERE ($country IS NULL AND c.id IN ['KH', 'LA', 'MM', 'TH', 'VN']) OR c.id = $country
MATCH (d:Sector)
WHERE ($sector IS NULL AND d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']) OR d.id = $sector
CALL (c, d) {
  OPTIONAL MATCH (s:Stakeholder)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d)
  WHERE s.deletedAt IS NULL
    AND (EXISTS { (s)-[:LOCATED_IN]->(:Province)-[:IN]->(c) } OR EXISTS { (s)-[:LOCATED_IN]->(c) })
  RETURN collect(DISTINCT s) AS actors
}
CALL (actors) {
  MATCH (st:Stage)
  WITH st ORDER BY st.order
  RETURN collect({stage: st.id, name: st.name, order: st.order,
                  actors: size([a IN actors WHERE EXISTS { (a)-[:ACTIVE_IN]->(st) }])}) AS stages
}
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[:SUPPLIES]->(b)
  WHERE b IN actors
  MATCH (a)-[:ACTIVE_IN]->(sa:Stage), (b)-[:ACTIVE_IN]->(sb:Stage)
  WHERE sb.order = sa.order + 1
  RETURN collect(DISTINCT sa.order) AS linkedFrom
}
RETURN c.id AS country, d.id AS sector, d.name AS sectorName, size(actors) AS actorCount, stages, linkedFrom
ORDER BY country, sector
