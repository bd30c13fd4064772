// Appends changes to the feed inside the writing transaction. Taking the counter's lock
// serialises writers at this point, so seq numbers follow commit order and have no gaps.
MATCH (s:Sequence {name: 'changes'})
SET s.value = s.value + size($changes)
WITH s.value - size($changes) AS base
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS seq, $changes[i] AS c
CREATE (:Change {
  seq: seq, op: c.op, entityId: c.id, entityType: c.type, version: c.version,
  source: c.source, externalId: c.externalId, at: datetime()
})
RETURN max(seq) AS last
