// After loading the sample: removes sample nodes that are no longer in the file (the sample was
// regenerated), so the graph matches the file. Returns them for the change feed.
MATCH (n:Entity) WHERE n.sample = true AND NOT n.id IN $ids
WITH collect(n) AS nodes
WITH nodes, [n IN nodes | {id: n.id, type: [l IN labels(n) WHERE l <> 'Entity'][0], version: n.version + 1, op: 'delete'}] AS changes
FOREACH (n IN nodes | DETACH DELETE n)
RETURN changes
