// @name heritage-proximity
// @title Heritage sites ranked by stakeholders nearby
// @description Every heritage site (of one country, or all), with how many stakeholders of the given
// kinds are within N hops over the chosen relationship types — including the sites that have none,
// which are the gaps. The brief's question "creative producers within two hops of a heritage site".
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null, "description": "ISO country id; null for the region"}
// @param kinds {"type": "array", "items": {"enum": ["Government", "CCIOrganisation", "CreativeProducer", "TourismOperator", "EducationProvider", "Investor", "NGO", "InternationalPartner", "Community"]}, "minItems": 1, "uniqueItems": true, "default": ["CreativeProducer"]}
// @param hops {"type": "integer", "minimum": 1, "maximum": 4, "default": 2}
// @param via {"type": "array", "items": {"enum": ["ACTIVE_AT", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "INVESTS_IN", "SUPPORTS", "RUNS", "LOCATED_IN", "PRODUCES", "WORKS_IN"]}, "minItems": 1, "uniqueItems": true, "default": ["ACTIVE_AT", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "INVESTS_IN"]}
// @example {"kinds": ["CreativeProducer"], "hops": 2}
// @note Scans HeritageSite (a few dozen nodes) on purpose: every site is asked about.
MATCH (h:HeritageSite)
WHERE h.deletedAt IS NULL
  AND ($country IS NULL
       OR EXISTS { (h)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
       OR EXISTS { (h)-[:LOCATED_IN]->(:Country {id: $country}) })
CALL (h) {
  // One branch per hop count, because a variable-length bound cannot be a parameter: a search bounded
  // at 4 and filtered on length afterwards walks 4 hops (most of the graph) whatever $hops is. Only
  // the branch whose guard holds expands, breadth-first, each node once (DISTINCT ends: reachability,
  // no path per stakeholder). Province, Country, Sector and Product hubs are crossed only when $via
  // names a type that reaches them (LOCATED_IN, WORKS_IN, PRODUCES).
  CALL (h) {
    WITH h WHERE $hops = 1
    MATCH p = (h)-[*1..1]-(s:Stakeholder)
    WHERE all(r IN relationships(p) WHERE type(r) IN $via) AND all(n IN nodes(p) WHERE n.deletedAt IS NULL)
      AND any(k IN $kinds WHERE k IN labels(s))
    RETURN DISTINCT s
    UNION ALL
    WITH h WHERE $hops = 2
    MATCH p = (h)-[*1..2]-(s:Stakeholder)
    WHERE all(r IN relationships(p) WHERE type(r) IN $via) AND all(n IN nodes(p) WHERE n.deletedAt IS NULL)
      AND any(k IN $kinds WHERE k IN labels(s))
    RETURN DISTINCT s
    UNION ALL
    WITH h WHERE $hops = 3
    MATCH p = (h)-[*1..3]-(s:Stakeholder)
    WHERE all(r IN relationships(p) WHERE type(r) IN $via) AND all(n IN nodes(p) WHERE n.deletedAt IS NULL)
      AND any(k IN $kinds WHERE k IN labels(s))
    RETURN DISTINCT s
    UNION ALL
    WITH h WHERE $hops = 4
    MATCH p = (h)-[*1..4]-(s:Stakeholder)
    WHERE all(r IN relationships(p) WHERE type(r) IN $via) AND all(n IN nodes(p) WHERE n.deletedAt IS NULL)
      AND any(k IN $kinds WHERE k IN labels(s))
    RETURN DISTINCT s
  }
  WITH s ORDER BY s.name, s.id
  RETURN count(DISTINCT s) AS count, collect(DISTINCT s.id)[..10] AS examples
}
RETURN h.id AS id, h.name AS name, h.whcId AS whcId, h.location AS location,
       COLLECT { MATCH (h)-[:LOCATED_IN]->(:Province)-[:IN]->(c:Country) RETURN c.id
                 UNION MATCH (h)-[:LOCATED_IN]->(c:Country) RETURN c.id } AS countries,
       count, examples
ORDER BY count DESC, name
