// @name education-supply
// @title Education and training supply per FCS domain
// @description For each country and FCS domain (A–F), the education providers that train in it (or in
// a narrower sector): where skills are not being built — recommendation R08.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @example {"country": "VN"}
// @note Scans Country and Sector (tens of nodes) on purpose.
MATCH (c:Country)
WHERE ($country IS NULL AND c.id IN ['KH', 'LA', 'MM', 'TH', 'VN']) OR c.id = $country
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
CALL (c, d) {
  OPTIONAL MATCH (e:EducationProvider)-[:TRAINS_IN]->(:Sector)-[:BROADER*0..4]->(d)
  WHERE e.deletedAt IS NULL
    AND (EXISTS { (e)-[:LOCATED_IN]->(:Province)-[:IN]->(c) } OR EXISTS { (e)-[:LOCATED_IN]->(c) })
  RETURN collect(DISTINCT e.id) AS providers
}
RETURN c.id AS country, d.id AS domain, d.name AS domainName, size(providers) AS count, providers
ORDER BY country, domain
