// @name paths
// @title Shortest paths between two nodes
// @description All shortest paths (up to a limit) between any two nodes, over the chosen relationship
// types in either direction, at most maxHops long. By default over the actor network only: through the
// reference hubs (a province, a sector, a culture-cycle stage) every actor is two hops from thousands
// of others, which says little and, on a large graph, makes the search visit most of it.
// @param from {"type": "string", "minLength": 1, "maxLength": 128}
// @param to {"type": "string", "minLength": 1, "maxLength": 128}
// @param maxHops {"type": "integer", "minimum": 1, "maximum": 6, "default": 4}
// @param via {"type": ["array", "null"], "items": {"enum": ["LOCATED_IN", "IN", "WORKS_IN", "ACTIVE_IN", "PRODUCES", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "ACTIVE_AT", "ISSUED_BY", "APPLIES_TO", "COVERS", "ADDRESSES", "RUNS", "SUPPORTS", "INVESTS_IN", "TRAINS_IN", "IN_SECTOR", "BROADER"]}, "minItems": 1, "uniqueItems": true, "default": null, "description": "null: the actor network (PRODUCES, SUPPLIES, PARTNERS_WITH, MEMBER_OF, ACTIVE_AT, ISSUED_BY, RUNS, SUPPORTS, INVESTS_IN); name reference types such as LOCATED_IN, WORKS_IN or ACTIVE_IN to also go through provinces, sectors and stages"}
// @param limit {"type": "integer", "minimum": 1, "maximum": 25, "default": 5}
// @example {"from": "s-kh-0019", "to": "whc-1224", "maxHops": 4}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// One branch per bound, because a quantifier bound cannot be a parameter: a search bounded at 6
// and filtered on length afterwards walks 6 hops (through every hub) when the ends are farther
// apart than $maxHops. Only the branch whose guard holds searches.
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE type(r) IN coalesce($via, ['PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY', 'RUNS', 'SUPPORTS', 'INVESTS_IN']) AND y.deletedAt IS NULL){1,1} (b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE type(r) IN coalesce($via, ['PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY', 'RUNS', 'SUPPORTS', 'INVESTS_IN']) AND y.deletedAt IS NULL){1,2} (b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE type(r) IN coalesce($via, ['PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY', 'RUNS', 'SUPPORTS', 'INVESTS_IN']) AND y.deletedAt IS NULL){1,3} (b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE type(r) IN coalesce($via, ['PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY', 'RUNS', 'SUPPORTS', 'INVESTS_IN']) AND y.deletedAt IS NULL){1,4} (b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 5
  MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE type(r) IN coalesce($via, ['PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY', 'RUNS', 'SUPPORTS', 'INVESTS_IN']) AND y.deletedAt IS NULL){1,5} (b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 6
  MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE type(r) IN coalesce($via, ['PRODUCES', 'SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'ACTIVE_AT', 'ISSUED_BY', 'RUNS', 'SUPPORTS', 'INVESTS_IN']) AND y.deletedAt IS NULL){1,6} (b)
  RETURN p
}
RETURN p AS path, length(p) AS hops
LIMIT $limit
