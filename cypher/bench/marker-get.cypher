// Benchmarks only: which synthetic ecosystem this benchmark database holds (one marker node,
// written by scripts/bench/dataset.ts). A label scan on purpose: there is at most one BenchMarker.
MATCH (m:BenchMarker)
RETURN m.stakeholders AS stakeholders, m.seed AS seed, m.generator AS generator, m.loadedAt AS loadedAt, m.seconds AS seconds, m.records AS records
