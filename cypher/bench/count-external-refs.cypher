// Benchmarks only: how many of the given partner keys exist (the fault benchmark's check that
// every acknowledged write survived the outage). Seeks the (source, externalId) constraint index.
MATCH (x:ExternalRef {source: $source})
WHERE x.externalId IN $ids
RETURN count(x) AS found
