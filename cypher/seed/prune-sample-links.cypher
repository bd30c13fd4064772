// After loading the sample: removes sample links that are no longer in the file (a relationship
// scan: a maintenance command only). Returns them for the change feed.
MATCH ()-[r]->() WHERE r.sample = true AND NOT r.id IN $ids
WITH collect(r) AS rels
WITH rels, [r IN rels | {id: r.id, type: 'Link', version: r.version + 1, op: 'delete'}] AS changes
FOREACH (r IN rels | DELETE r)
RETURN changes
