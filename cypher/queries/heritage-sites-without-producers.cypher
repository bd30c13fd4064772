// @name heritage-sites-without-producers
// @title Heritage sites with no creative producer nearby, and who could be linked
// @description Heritage sites with no creative producer within two hops (ACTIVE_AT, SUPPLIES,
// PARTNERS_WITH, MEMBER_OF), each with the nearest creative producers as the crow flies: candidates
// for a link (a craft stall at the site, a supply deal with a tour operator there).
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @param candidates {"type": "integer", "minimum": 1, "maximum": 20, "default": 3}
// @example {"country": "LA", "candidates": 3}
// @note Scans HeritageSite (a few dozen nodes) and, per site, CreativeProducer by distance; fine for
// tens of thousands of producers, the point index would be needed beyond.
MATCH (h:HeritageSite)
WHERE h.deletedAt IS NULL
  AND ($country IS NULL
       OR EXISTS { (h)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
       OR EXISTS { (h)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND NOT EXISTS {
    MATCH (h) ((a)-[r]-(b) WHERE type(r) IN ['ACTIVE_AT', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF'] AND b.deletedAt IS NULL){1,2} (s:CreativeProducer)
  }
CALL (h) {
  MATCH (p:CreativeProducer)
  WHERE p.deletedAt IS NULL AND p.location IS NOT NULL AND h.location IS NOT NULL
  WITH p, point.distance(h.location, p.location) / 1000.0 AS km
  ORDER BY km
  LIMIT $candidates
  RETURN collect({id: p.id, name: p.name, km: round(km, 1)}) AS nearest
}
RETURN h.id AS id, h.name AS name, nearest
ORDER BY name
