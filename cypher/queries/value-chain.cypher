// @name value-chain
// @title Upstream and downstream of a stakeholder
// @description Who supplies a stakeholder (upstream) and whom it supplies (downstream), over SUPPLIES,
// up to depth links away, with each actor's distance and culture-cycle stages.
// @param id {"type": "string", "minLength": 1, "maxLength": 128}
// @param direction {"enum": ["upstream", "downstream", "both"], "default": "both"}
// @param depth {"type": "integer", "minimum": 1, "maximum": 6, "default": 3}
// @example {"id": "s-kh-0019", "direction": "both", "depth": 3}
MATCH (s:Stakeholder {id: $id})
CALL (s) {
  OPTIONAL MATCH p = ANY SHORTEST (s) (()-[:SUPPLIES]->(y WHERE y.deletedAt IS NULL)){1,6} (x:Stakeholder)
  WHERE $direction IN ['downstream', 'both'] AND length(p) <= $depth
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {node: x, distance: length(p), direction: 'downstream'} END) AS down
}
CALL (s) {
  OPTIONAL MATCH p = ANY SHORTEST (x:Stakeholder) ((y WHERE y.deletedAt IS NULL)-[:SUPPLIES]->()){1,6} (s)
  WHERE $direction IN ['upstream', 'both'] AND length(p) <= $depth
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE {node: x, distance: length(p), direction: 'upstream'} END) AS up
}
WITH s, [e IN up + down WHERE e IS NOT NULL] AS found
CALL (found) {
  UNWIND found AS e
  WITH e, e.node AS n
  RETURN collect({node: n, distance: e.distance, direction: e.direction,
                  stages: COLLECT { MATCH (n)-[:ACTIVE_IN]->(st:Stage) RETURN st.id ORDER BY st.order }}) AS actors
}
WITH s, actors, [s] + [e IN actors | e.node] AS chain
CALL (chain) {
  UNWIND chain AS a
  MATCH (a)-[r:SUPPLIES]->(b) WHERE b IN chain
  RETURN collect(DISTINCT {id: r.id, from: a.id, to: b.id, stage: r.stage, productId: r.productId}) AS links
}
RETURN s AS stakeholder, actors, links
