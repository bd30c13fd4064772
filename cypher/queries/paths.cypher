// @name paths
// @title Shortest paths between two nodes
// @description All shortest paths (up to a limit) between any two nodes, over the chosen relationship
// types in either direction, at most maxHops long.
// @param from {"type": "string", "minLength": 1, "maxLength": 128}
// @param to {"type": "string", "minLength": 1, "maxLength": 128}
// @param maxHops {"type": "integer", "minimum": 1, "maximum": 6, "default": 4}
// @param via {"type": ["array", "null"], "items": {"enum": ["LOCATED_IN", "IN", "WORKS_IN", "ACTIVE_IN", "PRODUCES", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "ACTIVE_AT", "ISSUED_BY", "APPLIES_TO", "COVERS", "ADDRESSES", "RUNS", "SUPPORTS", "INVESTS_IN", "TRAINS_IN", "IN_SECTOR", "BROADER"]}, "minItems": 1, "uniqueItems": true, "default": null, "description": "null: every type"}
// @param limit {"type": "integer", "minimum": 1, "maximum": 25, "default": 5}
// @example {"from": "s-kh-0019", "to": "whc-1224", "maxHops": 4}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE ($via IS NULL OR type(r) IN $via) AND type(r) <> 'KNOWN_AS' AND y.deletedAt IS NULL){1,6} (b)
WHERE length(p) <= $maxHops
RETURN p AS path, length(p) AS hops
LIMIT $limit
