// The change feed after a cursor, in commit order; optionally only one partner source's records.
MATCH (c:Change)
WHERE c.seq > $since AND ($source IS NULL OR c.source = $source)
RETURN c
ORDER BY c.seq
LIMIT $limit
