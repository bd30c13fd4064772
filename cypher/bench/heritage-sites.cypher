// Benchmarks only: the World Heritage properties (reference data), request targets for proximity.
// A label scan on purpose: a few dozen HeritageSite nodes.
MATCH (h:HeritageSite)
WHERE h.whcId IS NOT NULL AND h.deletedAt IS NULL
RETURN h.id AS id
ORDER BY id
