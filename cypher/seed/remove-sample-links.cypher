// Removes up to 1000 sample links between reference nodes and returns them for the change feed
// (a relationship scan: a maintenance command only). The caller repeats until nothing is left.
MATCH ()-[r]->() WHERE r.sample = true
WITH r LIMIT 1000
WITH collect(r) AS rels
WITH rels, [r IN rels | {id: r.id, type: 'Link', version: r.version + 1, op: 'delete'}] AS changes
FOREACH (r IN rels | DELETE r)
RETURN changes
