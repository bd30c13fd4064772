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
CALL (c) {
  MATCH (d:Sector)
  WHERE ($sector IS NULL AND d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']) OR d.id = $sector
  RETURN collect(d) AS domains
}
// The country's stakeholders once, each with the domains it works in (its sectors and their broader
// ones): walking from each domain instead reads the whole region's stakeholders of the domain and
// checks every one's country, six times over.
CALL (c, domains) {
  CALL (c) {
    MATCH (c)<-[:IN]-(:Province)<-[:LOCATED_IN]-(s:Stakeholder) RETURN s
    UNION
    MATCH (c)<-[:LOCATED_IN]-(s:Stakeholder) RETURN s
  }
  WITH s WHERE s.deletedAt IS NULL
  MATCH (s)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d:Sector)
  WHERE d IN domains
  WITH d, collect(DISTINCT s) AS actors
  RETURN collect({sector: d.id, actors: actors}) AS byDomain
}
UNWIND domains AS d
WITH c, d, coalesce([x IN byDomain WHERE x.sector = d.id | x.actors][0], []) AS actors
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[:ACTIVE_IN]->(st:Stage)
  WITH st.id AS stage, count(DISTINCT a) AS n
  RETURN collect({stage: stage, n: n}) AS active
}
CALL (active) {
  MATCH (st:Stage)
  WITH st ORDER BY st.order
  RETURN collect({stage: st.id, name: st.name, order: st.order,
                  actors: coalesce([x IN active WHERE x.stage = st.id | x.n][0], 0)}) AS stages
}
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[:SUPPLIES]->(b)
  WHERE b IN actors
  MATCH (a)-[:ACTIVE_IN]->(sa:Stage), (b)-[:ACTIVE_IN]->(sb:Stage)
  WHERE sb.order = sa.order + 1
  WITH DISTINCT sa.order AS linked ORDER BY linked
  RETURN collect(linked) AS linkedFrom
}
RETURN c.id AS country, d.id AS sector, d.name AS sectorName, size(actors) AS actorCount, stages, linkedFrom
ORDER BY country, sector
