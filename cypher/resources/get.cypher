// One node of a resource (label from the allow-list) with its direct context: where it is,
// its sectors and stages, and how many links of each type it has in each direction.
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n) AND ($includeDeleted OR n.deletedAt IS NULL)
RETURN n,
  COLLECT { MATCH (n)-[:LOCATED_IN|APPLIES_TO]->(p:Province) RETURN p {.id, .name} } AS provinces,
  COLLECT {
    MATCH (n)-[:LOCATED_IN|APPLIES_TO|IN]->(c:Country) RETURN c {.id, .name} AS c
    UNION
    MATCH (n)-[:LOCATED_IN|APPLIES_TO]->(:Province)-[:IN]->(c:Country) RETURN c {.id, .name} AS c
  } AS countries,
  COLLECT { MATCH (n)-[:WORKS_IN|IN_SECTOR|COVERS|TRAINS_IN|BROADER]->(s:Sector) RETURN s {.id, .name} } AS sectors,
  COLLECT { MATCH (n)-[:ACTIVE_IN]->(s:Stage) WITH s ORDER BY s.order RETURN s {.id, .name} } AS stages,
  COLLECT { MATCH (n)-[:KNOWN_AS]->(x:ExternalRef) RETURN x {.source, .externalId} } AS externalRefs,
  COLLECT {
    MATCH (n)-[r]-()
    WHERE type(r) <> 'KNOWN_AS'
    WITH type(r) AS type, startNode(r) = n AS outgoing, count(*) AS count
    RETURN {type: type, direction: CASE WHEN outgoing THEN 'out' ELSE 'in' END, count: count}
  } AS linkCounts
