// @name value-chain
// @title Upstream and downstream of a stakeholder
// @description Who supplies a stakeholder (upstream) and whom it supplies (downstream), over SUPPLIES,
// up to depth links away, with each actor's distance and culture-cycle stages.
// @param id {"type": "string", "minLength": 1, "maxLength": 128}
// @param direction {"enum": ["upstream", "downstream", "both"], "default": "both"}
// @param depth {"type": "integer", "minimum": 1, "maximum": 6, "default": 3}
// @example {"id": "s-kh-0019", "direction": "both", "depth": 3}
MATCH (s:Stakeholder {id: $id})
// One branch per depth and direction, because a variable-length bound cannot be a parameter: a
// search bounded at 6 and filtered on length afterwards walks 6 links whatever $depth is. Only the
// branches whose guard holds expand, breadth-first, each actor once at its distance (every actor
// after the stakeholder itself must not be deleted); the aggregate keeps the stakeholder when
// nothing is found.
CALL (s) {
  CALL (s) {
    WITH s WHERE $depth = 1 AND $direction IN ['downstream', 'both']
    MATCH p = (s)-[:SUPPLIES*1..1]->(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE endNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'downstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 1 AND $direction IN ['upstream', 'both']
    MATCH p = (s)<-[:SUPPLIES*1..1]-(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE startNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'upstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 2 AND $direction IN ['downstream', 'both']
    MATCH p = (s)-[:SUPPLIES*1..2]->(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE endNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'downstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 2 AND $direction IN ['upstream', 'both']
    MATCH p = (s)<-[:SUPPLIES*1..2]-(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE startNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'upstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 3 AND $direction IN ['downstream', 'both']
    MATCH p = (s)-[:SUPPLIES*1..3]->(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE endNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'downstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 3 AND $direction IN ['upstream', 'both']
    MATCH p = (s)<-[:SUPPLIES*1..3]-(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE startNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'upstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 4 AND $direction IN ['downstream', 'both']
    MATCH p = (s)-[:SUPPLIES*1..4]->(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE endNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'downstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 4 AND $direction IN ['upstream', 'both']
    MATCH p = (s)<-[:SUPPLIES*1..4]-(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE startNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'upstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 5 AND $direction IN ['downstream', 'both']
    MATCH p = (s)-[:SUPPLIES*1..5]->(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE endNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'downstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 5 AND $direction IN ['upstream', 'both']
    MATCH p = (s)<-[:SUPPLIES*1..5]-(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE startNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'upstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 6 AND $direction IN ['downstream', 'both']
    MATCH p = (s)-[:SUPPLIES*1..6]->(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE endNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'downstream'} AS e
    UNION ALL
    WITH s WHERE $depth = 6 AND $direction IN ['upstream', 'both']
    MATCH p = (s)<-[:SUPPLIES*1..6]-(x:Stakeholder)
    WHERE all(r IN relationships(p) WHERE startNode(r).deletedAt IS NULL)
    WITH x, min(length(p)) AS distance
    RETURN {node: x, distance: distance, direction: 'upstream'} AS e
  }
  RETURN collect(e) AS found
}
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
