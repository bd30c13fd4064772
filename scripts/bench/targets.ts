// Request targets drawn from a benchmark graph with a seeded generator: the same targets for
// every side of a comparison, and comparable ones across graph sizes.
import { SeededRandom } from '../../src/random.js'
import type { Database } from '../../src/db/database.js'
import { BENCH_SOURCE } from './dataset.js'

export interface Targets { stakeholders: string[], sites: string[], pairs: [string, string][] }

export async function pickTargets (db: Database, count = 200): Promise<Targets> {
  const all = (await db.readNamed('bench/sample-stakeholders', { source: BENCH_SOURCE })).records.map((r) => String(r.get('id')))
  const sites = (await db.readNamed('bench/heritage-sites')).records.map((r) => String(r.get('id')))
  if (all.length === 0 || sites.length === 0) throw new Error('the benchmark graph has no synthetic stakeholders or heritage sites')
  const rng = new SeededRandom('cci-atlas-bench-targets')
  const stakeholders = Array.from({ length: count }, () => rng.pick(all))
  const pairs = Array.from({ length: Math.max(10, count / 10) }, (): [string, string] => [rng.pick(all), rng.pick(all)])
  return { stakeholders, sites, pairs }
}

/** A rotating cursor over a list. */
export function rotate<T> (items: readonly T[]): () => T {
  let i = 0
  return () => items[i++ % items.length]!
}
