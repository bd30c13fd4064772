// @id s-r12-link-producers-to-sites
// @recommendation R12
// @title Link heritage sites to nearby creative producers
// @description Heritage sites and creative cities with no creative producer within two hops, each with the
// nearest creative producers (as the crow flies) that could sell, perform or supply there.
// @note Scans a label on purpose: candidates are looked for among every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  MATCH (h:Destination)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND h.deletedAt IS NULL RETURN h
  UNION
  MATCH (h:Destination)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND h.deletedAt IS NULL RETURN h
}
WITH h WHERE (h:HeritageSite OR 'creative_city' IN coalesce(h.kinds, [])) AND h.location IS NOT NULL
  AND NOT EXISTS {
    MATCH (h) ((a)-[:ACTIVE_AT|SUPPLIES|PARTNERS_WITH|MEMBER_OF]-(b) WHERE b.deletedAt IS NULL){1,2} (p:CreativeProducer)
  }
CALL (h) {
  MATCH (p:CreativeProducer)
  WHERE p.deletedAt IS NULL AND p.location IS NOT NULL
  WITH p, point.distance(h.location, p.location) / 1000.0 AS km
  ORDER BY km, p.id
  LIMIT 3
  RETURN p, km
}
RETURN 'Link ' + h.name + ' with ' + p.name + ' (' + toString(round(km, 1)) + ' km)' AS action,
       'no creative producer within two hops of the site; ' + p.name + ' is among the nearest' AS reason,
       [h.id, p.id] AS ids
ORDER BY h.name, km
LIMIT $limit
