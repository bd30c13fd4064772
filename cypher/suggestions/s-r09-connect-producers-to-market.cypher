// @id s-r09-connect-producers-to-market
// @recommendation R09
// @title Connect producers to shops, galleries and platforms
// @description Creative producers with no path to a market (no shop, gallery or platform downstream, no export
// or branding programme), each with a dissemination actor of the same cultural domain in the country
// (same province first, then nearest).
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
UNWIND scope AS code
MATCH (c:Country {id: code})
MATCH (p:CreativeProducer)-[:LOCATED_IN]->(pr:Province)-[:IN]->(c)
WHERE p.deletedAt IS NULL
  AND NOT EXISTS {
    MATCH (p) (()-[:SUPPLIES]->(y WHERE y.deletedAt IS NULL)){1,3} (m:Stakeholder)
    WHERE EXISTS { (m)-[:ACTIVE_IN]->(:Stage {id: 'stage-dissemination'}) }
  }
  AND NOT EXISTS { (p)<-[:SUPPORTS]-(i:Initiative) WHERE i.deletedAt IS NULL AND i.kind IN ['export', 'branding'] }
WITH DISTINCT p, pr, c ORDER BY p.location IS NULL, p.name, p.id
CALL (p, pr, c) {
  MATCH (p)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d:Sector {level: 'domain'})
  MATCH (m:Stakeholder)-[:ACTIVE_IN]->(:Stage {id: 'stage-dissemination'})
  WHERE m <> p AND m.deletedAt IS NULL
    AND EXISTS { (m)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d) }
    AND EXISTS { (m)-[:LOCATED_IN]->(:Province)-[:IN]->(c) }
  WITH d, m, EXISTS { (m)-[:LOCATED_IN]->(pr) } AS same,
       CASE WHEN p.location IS NULL OR m.location IS NULL THEN null ELSE point.distance(p.location, m.location) / 1000.0 END AS km
  ORDER BY same DESC, km IS NULL, km, m.name, m.id
  LIMIT 1
  RETURN d, m, same, km
}
WITH p, pr, d, m, same, km
LIMIT $limit
RETURN 'Connect ' + p.name + ' with ' + m.name +
       CASE WHEN 'digital-platform' IN coalesce(m.tags, []) THEN ' (online platform)' ELSE '' END +
       CASE WHEN km IS NULL THEN '' ELSE ' (' + toString(round(km, 1)) + ' km)' END AS action,
       'no shop, gallery or platform downstream and no export or branding programme; ' + m.name +
       ' disseminates ' + d.name + CASE WHEN same THEN ' in the same province (' + pr.name + ')' ELSE ' in the country' END AS reason,
       [p.id, m.id] AS ids
ORDER BY same DESC, km IS NULL, km, p.name, p.id
