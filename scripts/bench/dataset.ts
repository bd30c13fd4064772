// The benchmark graphs: reference data plus a synthetic ecosystem of N stakeholders
// (src/generate, loaded through the bulk sync path as `npm run generate` does). A loaded graph is
// kept and reused while the generator's source files, the size and the seed are the same.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import neo4j from 'neo4j-driver'
import { cypher } from '../../src/db/cypher.js'
import { migrate } from '../../src/db/migrate.js'
import { loadSynthetic } from '../../src/generate/load.js'
import { loadSyntheticReference } from '../../src/generate/reference.js'
import { generateSynthetic } from '../../src/generate/synthetic.js'
import { readSeedData, seed } from '../../src/seed/load.js'
import { ROOT, type BenchNeo4j } from './neo4j-instance.js'

export const BENCH_SEED = 1
export const BENCH_SOURCE = 'synthetic-bench'

/** Changes whenever the generator or the reference data change: a stale graph is reloaded.
 * (New migrations are applied to a kept graph; they change indexes, not the content.) */
export function generatorVersion (): string {
  const hash = createHash('sha256')
  for (const dir of ['src/generate', 'data/reference']) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) hash.update(f).update(readFileSync(join(ROOT, dir, f)))
  }
  return hash.digest('hex').slice(0, 16)
}

export interface GraphInfo { stakeholders: number, nodes: number, relationships: number, loadSeconds: number | null, records: number | null, reused: boolean }

async function counts (instance: BenchNeo4j): Promise<{ nodes: number, relationships: number }> {
  const db = instance.database()
  const n = await db.readNamed('analyst/count-nodes')
  const r = await db.readNamed('analyst/count-relationships')
  return { nodes: Number(n.records[0]?.get(0) ?? 0), relationships: Number(r.records[0]?.get(0) ?? 0) }
}

/** Starts the instance and makes sure it holds the synthetic graph of `stakeholders` (loads it if not). */
export async function prepareGraph (instance: BenchNeo4j, stakeholders: number, log: (line: string) => void): Promise<GraphInfo> {
  await instance.start()
  const db = instance.database()
  await migrate(db)
  const version = generatorVersion()
  const marker = (await db.readNamed('bench/marker-get')).records[0]
  if (marker !== undefined && Number(marker.get('stakeholders')) === stakeholders && Number(marker.get('seed')) === BENCH_SEED && marker.get('generator') === version) {
    const c = await counts(instance)
    log(`  graph of ${stakeholders} stakeholders already loaded (${c.nodes} nodes, ${c.relationships} relationships)`)
    return { stakeholders, ...c, loadSeconds: Number(marker.get('seconds')), records: Number(marker.get('records')), reused: true }
  }
  if (marker !== undefined) {
    log('  the graph there is stale: wiping it')
    await instance.reset()
    await instance.start()
  }
  const fresh = instance.database()
  await migrate(fresh)
  await seed(fresh, readSeedData({ sample: false }))
  log(`  loading ${stakeholders} synthetic stakeholders (seed ${BENCH_SEED}) through the bulk sync path...`)
  let lastLog = Date.now()
  const summary = await loadSynthetic(fresh, generateSynthetic({ stakeholders, seed: BENCH_SEED, batchSize: 2000 }, loadSyntheticReference()), {
    source: BENCH_SOURCE,
    log,
    onBatch: (done, kind) => {
      if (Date.now() - lastLog > 30_000) { lastLog = Date.now(); log(`    ${done} records (${kind})`) }
    }
  })
  if (summary.totals.failed > 0) throw new Error(`the synthetic load rejected ${summary.totals.failed} records: ${JSON.stringify(summary.errors.slice(0, 3))}`)
  await fresh.write((tx) => tx.run(cypher('bench/marker-set'), {
    stakeholders: neo4j.int(stakeholders), seed: neo4j.int(BENCH_SEED), generator: version, seconds: summary.seconds, records: neo4j.int(summary.totals.records)
  }))
  const c = await counts(instance)
  log(`  loaded ${summary.totals.records} records in ${summary.seconds} s (${summary.recordsPerSecond} records/s): ${c.nodes} nodes, ${c.relationships} relationships`)
  return { stakeholders, ...c, loadSeconds: summary.seconds, records: summary.totals.records, reused: false }
}
