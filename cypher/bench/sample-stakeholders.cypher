// Benchmarks only: the ids of a source's live stakeholders, to pick request targets from.
// Index range seek on Entity.id would need a prefix; a label scan on purpose (setup, not measured).
MATCH (s:Stakeholder)
WHERE s.source = $source AND s.deletedAt IS NULL
RETURN s.id AS id
ORDER BY id
