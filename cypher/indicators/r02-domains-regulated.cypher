// @id r02-domains-regulated
// @recommendation R02
// @title Cultural domains covered by national regulation
// @description Share of the six UNESCO cultural domains that at least one national law, decree, policy or
// strategy of the country covers; for the region, counted country by country.
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence the FCS domains (Sector ids) no national regulation covers
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (d:Sector)
WHERE d.level = 'domain' AND d.domain IN ['A', 'B', 'C', 'D', 'E', 'F']
WITH d, EXISTS {
  MATCH (r:Regulation)-[:APPLIES_TO]->(c)
  WHERE r.deletedAt IS NULL AND r.scope = 'national'
    AND EXISTS { (r)-[:COVERS]->(:Sector)-[:BROADER*0..4]->(d) }
} AS covered
WITH count(CASE WHEN covered THEN 1 END) AS numerator, count(d) AS denominator,
     collect(CASE WHEN NOT covered THEN d.id END) AS uncovered
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator,
       COLLECT { UNWIND uncovered AS m RETURN DISTINCT m ORDER BY m }[..$evidenceLimit] AS evidence
