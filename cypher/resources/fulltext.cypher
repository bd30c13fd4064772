// Full-text hits for q= (the index name comes from the resource table); the list query then
// filters on these ids. Capped: a search this broad should be narrowed.
CALL db.index.fulltext.queryNodes($index, $query, {limit: 5000}) YIELD node
RETURN collect(node.id) AS ids
