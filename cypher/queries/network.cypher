// @name network
// @title The ego network of a node
// @description The nodes within depth 1–3 of a node (optionally only of some kinds, over some types),
// nearest first, capped at limit, with every link among them: ready for Gephi.
// @param id {"type": "string", "minLength": 1, "maxLength": 128}
// @param depth {"type": "integer", "minimum": 1, "maximum": 3, "default": 1}
// @param types {"type": ["array", "null"], "items": {"enum": ["LOCATED_IN", "IN", "WORKS_IN", "ACTIVE_IN", "PRODUCES", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "ACTIVE_AT", "ISSUED_BY", "APPLIES_TO", "COVERS", "ADDRESSES", "RUNS", "SUPPORTS", "INVESTS_IN", "TRAINS_IN", "IN_SECTOR", "BROADER"]}, "minItems": 1, "uniqueItems": true, "default": null}
// @param kinds {"type": ["array", "null"], "items": {"type": "string", "pattern": "^[A-Za-z]+$"}, "minItems": 1, "default": null, "description": "labels to keep besides the centre, e.g. CreativeProducer, HeritageSite, Sector"}
// @param limit {"type": "integer", "minimum": 1, "maximum": 2000, "default": 200}
// @example {"id": "whc-668", "depth": 2, "limit": 100}
MATCH (c:Entity {id: $id})
// One branch per depth, because a variable-length bound cannot be a parameter: a search bounded at 3
// and filtered on length afterwards walks 3 hops (through every hub) whatever $depth is. Only the
// branch whose guard holds expands, breadth-first, each node once at its distance. One more than
// the limit tells whether the answer was cut; the aggregate keeps the centre when nothing is found.
CALL (c) {
  CALL (c) {
    WITH c WHERE $depth = 1
    MATCH p = (c)-[*1..1]-(n:Entity)
    WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND type(r) <> 'KNOWN_AS')
      AND all(x IN nodes(p) WHERE x = c OR x.deletedAt IS NULL)
      AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n)))
    RETURN n, min(length(p)) AS distance
    UNION ALL
    WITH c WHERE $depth = 2
    MATCH p = (c)-[*1..2]-(n:Entity)
    WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND type(r) <> 'KNOWN_AS')
      AND all(x IN nodes(p) WHERE x = c OR x.deletedAt IS NULL)
      AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n)))
    RETURN n, min(length(p)) AS distance
    UNION ALL
    WITH c WHERE $depth = 3
    MATCH p = (c)-[*1..3]-(n:Entity)
    WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND type(r) <> 'KNOWN_AS')
      AND all(x IN nodes(p) WHERE x = c OR x.deletedAt IS NULL)
      AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n)))
    RETURN n, min(length(p)) AS distance
  }
  WITH n, distance
  ORDER BY distance, n.id
  LIMIT $limit + 1
  RETURN collect(n) AS found
}
WITH c, found[..$limit] AS kept, size(found) > $limit AS truncated
WITH [c] + kept AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND type(r) <> 'KNOWN_AS'
  RETURN collect(DISTINCT r) AS edges
}
RETURN nodes, edges, truncated
