// Benchmarks only: records which synthetic ecosystem was loaded, and how long it took.
// A label scan on purpose: there is at most one BenchMarker.
OPTIONAL MATCH (old:BenchMarker)
DELETE old
WITH count(*) AS ignored
CREATE (:BenchMarker {stakeholders: $stakeholders, seed: $seed, generator: $generator, seconds: $seconds, records: $records, loadedAt: datetime()})
