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
OPTIONAL MATCH p = ANY SHORTEST (c) ((x)-[r]-(y) WHERE ($types IS NULL OR type(r) IN $types) AND type(r) <> 'KNOWN_AS' AND y.deletedAt IS NULL){1,3} (n:Entity)
WHERE length(p) <= $depth AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n)))
WITH c, n, length(p) AS distance
ORDER BY distance, n.id
WITH c, collect(n) AS found
WITH c, found[..$limit] AS kept, size(found) > $limit AS truncated
WITH [c] + kept AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND type(r) <> 'KNOWN_AS'
  RETURN collect(DISTINCT r) AS edges
}
RETURN nodes, edges, truncated
