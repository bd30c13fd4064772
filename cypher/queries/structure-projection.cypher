// @name structure-projection
// @title Stakeholder network projection (for structure analysis)
// @description The stakeholders of a country and/or sector (not soft-deleted, first maxNodes by id,
// saying whether capped), each with its kind, country and sectors (the WORKS_IN sectors, and their
// FCS domains), and the SUPPLIES, PARTNERS_WITH, MEMBER_OF and INVESTS_IN links among them: one row
// with `nodes`, `links` and `capped`. GET /analysis/structure computes degree, betweenness, PageRank,
// communities, isolated stakeholders and cross-border links from it. When a country is given, `links`
// also holds the links between its stakeholders and stakeholders of the sector located in other
// countries (`external: true`, with `otherCountry`), so cross-border links can be counted.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null, "description": "ISO country id; null for every stakeholder"}
// @param sector {"type": ["string", "null"], "minLength": 1, "maxLength": 128, "default": null, "description": "a sector id; narrower sectors (BROADER*0..4) count; null for every sector"}
// @param maxNodes {"type": "integer", "minimum": 1, "maximum": 50000, "default": 20000, "description": "at most this many stakeholders (by id); capped says when more matched"}
// @example {"country": "KH", "sector": "fcs-c"}
// @note Scans Stakeholder on purpose: the structure of the network is a property of every stakeholder
// in the filter, so every one is visited (bounded by maxNodes; the links by the stakeholders kept).
// @note A link is returned once, from its start node, when both ends may be in the projection; the
// caller keeps those whose other end it has (an end beyond the cap is dropped). Only external links
// (country given, other end not in the country) are returned from either end.
// @note A stakeholder's country is the filter country when given, else the smallest id of the
// countries it is located in (LOCATED_IN→Province→IN→Country or LOCATED_IN→Country); null if none.
MATCH (s:Stakeholder)
WHERE s.deletedAt IS NULL
  AND ($country IS NULL
       OR EXISTS { (s)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
       OR EXISTS { (s)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND ($sector IS NULL
       OR EXISTS { (s)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(:Sector {id: $sector}) })
WITH s ORDER BY s.id
LIMIT $maxNodes + 1
WITH collect(s) AS found
WITH found[..$maxNodes] AS kept, size(found) > $maxNodes AS capped
CALL (kept) {
  UNWIND kept AS s
  WITH s, COLLECT { MATCH (s)-[:LOCATED_IN]->(:Province)-[:IN]->(c:Country) RETURN c.id AS c
                    UNION MATCH (s)-[:LOCATED_IN]->(c:Country) RETURN c.id AS c } AS countries
  RETURN collect({
    id: s.id,
    name: s.name,
    kind: [l IN labels(s) WHERE NOT l IN ['Entity', 'Stakeholder']][0],
    country: CASE WHEN $country IS NOT NULL THEN $country
                  ELSE reduce(m = null, c IN countries | CASE WHEN m IS NULL OR c < m THEN c ELSE m END) END,
    sectors: COLLECT { MATCH (s)-[:WORKS_IN]->(x:Sector) RETURN DISTINCT x.id AS id ORDER BY id },
    domains: COLLECT { MATCH (s)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(d:Sector {level: 'domain'})
                       RETURN DISTINCT d.id AS id ORDER BY id }
  }) AS nodes
}
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:SUPPLIES|PARTNERS_WITH|MEMBER_OF|INVESTS_IN]-(b:Stakeholder)
  WHERE b <> a AND b.deletedAt IS NULL
  WITH a, r, b,
       $country IS NOT NULL
       AND NOT EXISTS { (b)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
       AND NOT EXISTS { (b)-[:LOCATED_IN]->(:Country {id: $country}) } AS external
  WHERE (startNode(r) = a AND NOT external)
     OR (external
         AND ($sector IS NULL OR EXISTS { (b)-[:WORKS_IN]->(:Sector)-[:BROADER*0..4]->(:Sector {id: $sector}) }))
  WITH a, r, b, external,
       CASE WHEN external
            THEN reduce(m = null, c IN COLLECT { MATCH (b)-[:LOCATED_IN]->(:Province)-[:IN]->(c:Country) RETURN c.id AS c
                                                 UNION MATCH (b)-[:LOCATED_IN]->(c:Country) RETURN c.id AS c }
                        | CASE WHEN m IS NULL OR c < m THEN c ELSE m END)
       END AS otherCountry
  WHERE NOT external OR otherCountry IS NOT NULL
  RETURN collect({from: startNode(r).id, to: endNode(r).id, type: type(r), external: external,
                  other: b.id, otherCountry: otherCountry}) AS links
}
RETURN nodes, links, capped
