// 3c: bulk sync. The same synthetic stakeholder records, the same batch size, into an empty
// graph (reference data only): through the API (POST /sync/{source}/stakeholders), through a raw
// UNWIND ... MERGE over the bare driver, and through the API one request per record.
import type { Driver } from 'neo4j-driver'
import neo4j from 'neo4j-driver'
import { cypher } from '../../src/db/cypher.js'
import { loadSyntheticReference } from '../../src/generate/reference.js'
import { generateSynthetic } from '../../src/generate/synthetic.js'
import type { ApiProcess } from './api-process.js'
import { BENCH_SEED } from './dataset.js'

export interface SyncRun { label: string, records: number, seconds: number, recordsPerSecond: number, batches: number, failed: number }
export interface SyncResult { batchSize: number, api: SyncRun, raw: SyncRun, rawSameGraph?: SyncRun, oneByOne: SyncRun }

export function stakeholderRecords (count: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const batch of generateSynthetic({ stakeholders: count, seed: BENCH_SEED, batchSize: 5000 }, loadSyntheticReference())) {
    if (batch.kind === 'stakeholders') out.push(...batch.records)
    else break
  }
  return out
}

/** What a hand-written loader would send for a record: id, kind, plain properties, reference links. */
function rawRow (record: Record<string, unknown>, prefix: string, source: string) {
  const refs = [
    ...(record.province !== undefined ? [{ type: 'LOCATED_IN', to: record.province }] : []),
    ...(record.country !== undefined ? [{ type: 'LOCATED_IN', to: record.country }] : []),
    ...((record.sectors as string[] | undefined) ?? []).map((to) => ({ type: 'WORKS_IN', to })),
    ...((record.stages as string[] | undefined) ?? []).map((to) => ({ type: 'ACTIVE_IN', to }))
  ]
  return {
    id: `${prefix}-${String(record.externalId)}`,
    kind: record.kind,
    props: { name: record.name, founded: record.founded, size: record.size, tags: record.tags, externalId: record.externalId, source },
    location: record.location ?? null,
    refs
  }
}

function chunks<T> (items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))
}

const rate = (records: number, seconds: number) => Math.round(records / seconds)

export async function runSync (api: ApiProcess, driver: Driver, options: { records: number, oneByOne: number, batchSize: number, log: (l: string) => void }): Promise<SyncResult> {
  const records = stakeholderRecords(options.records)
  const batches = chunks(records, options.batchSize)

  // the API, batch after batch, as a partner's loader would
  let failed = 0
  let t0 = performance.now()
  for (const batch of batches) {
    const res = await api.post('/sync/bench-api/stakeholders', batch)
    if (res.status !== 200) throw new Error(`sync answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`)
    failed += Number((res.body as { failed: number }).failed)
  }
  let seconds = (performance.now() - t0) / 1000
  const apiRun: SyncRun = { label: 'API bulk sync', records: records.length, seconds: Math.round(seconds * 10) / 10, recordsPerSecond: rate(records.length, seconds), batches: batches.length, failed }
  options.log(`  API: ${apiRun.records} records in ${apiRun.seconds} s = ${apiRun.recordsPerSecond}/s`)

  // raw UNWIND ... MERGE, same batches, over the bare driver: the minimal graph, then the same graph
  const raw = async (label: string, statement: string, prefix: string, source: string): Promise<SyncRun> => {
    const start = performance.now()
    for (const batch of batches) {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.WRITE })
      try {
        await session.executeWrite((tx) => tx.run(statement, { source, rows: batch.map((r) => rawRow(r, prefix, source)) }))
      } finally {
        await session.close()
      }
    }
    const s = (performance.now() - start) / 1000
    const run: SyncRun = { label, records: records.length, seconds: Math.round(s * 10) / 10, recordsPerSecond: rate(records.length, s), batches: batches.length, failed: 0 }
    options.log(`  ${label}: ${run.records} records in ${run.seconds} s = ${run.recordsPerSecond}/s`)
    return run
  }
  const rawRun = await raw('raw UNWIND … MERGE (minimal)', cypher('bench/raw-upsert-stakeholders'), 'raw', 'bench-raw')
  const rawSameGraph = await raw('raw UNWIND … MERGE, the same graph as the API writes', cypher('bench/raw-upsert-same-graph'), 'same', 'bench-same')

  // one request per record (a sample: at ~100 records/s all 20,000 would take minutes and say nothing more)
  const sample = records.slice(0, options.oneByOne)
  failed = 0
  t0 = performance.now()
  for (const record of sample) {
    const res = await api.post('/sync/bench-one/stakeholders', [record])
    if (res.status !== 200) throw new Error(`sync answered ${res.status}`)
    failed += Number((res.body as { failed: number }).failed)
  }
  seconds = (performance.now() - t0) / 1000
  const oneRun: SyncRun = { label: 'API, one request per record', records: sample.length, seconds: Math.round(seconds * 10) / 10, recordsPerSecond: rate(sample.length, seconds), batches: sample.length, failed }
  options.log(`  one by one: ${oneRun.records} records in ${oneRun.seconds} s = ${oneRun.recordsPerSecond}/s`)
  return { batchSize: options.batchSize, api: apiRun, raw: rawRun, rawSameGraph, oneByOne: oneRun }
}
