// Removes up to 1000 sample nodes (with their links) and returns them for the change feed;
// the caller repeats until nothing is left.
// Scans the label on purpose: a maintenance command over every sample node.
MATCH (n:Entity) WHERE n.sample = true
WITH n LIMIT 1000
WITH collect(n) AS nodes
WITH nodes, [n IN nodes | {id: n.id, type: [l IN labels(n) WHERE l <> 'Entity'][0], version: n.version + 1, op: 'delete'}] AS changes
FOREACH (n IN nodes | DETACH DELETE n)
RETURN changes
