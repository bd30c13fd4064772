// The synthetic-ecosystem generator (issue 7 item 1): deterministic records, loaded through the
// bulk sync path into a source of its own on the shared test database, then checked in the graph.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSynthetic, type LoadSummary } from '../src/generate/load.js'
import { loadSyntheticReference } from '../src/generate/reference.js'
import { RATES, SYNTHETIC_TYPES, countSynthetic, generateSynthetic, type SyntheticBatch, type SyntheticCounts } from '../src/generate/synthetic.js'
import { closeTestDriver, testDb, uniquePrefix } from './helpers/app.js'

const N = 1000
const SEED = 20260
const reference = loadSyntheticReference()
const source = uniquePrefix('gen')
const db = testDb()

function hashOf (batches: Iterable<SyntheticBatch>): string {
  const h = createHash('sha256')
  for (const b of batches) for (const r of b.records) h.update(`${b.kind}\u0000${JSON.stringify(r)}\n`)
  return h.digest('hex')
}

async function rows<T = Record<string, unknown>> (query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await db.read((tx) => tx.run(query, { s: source, ...params }))
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => {
    const v = r.get(k) as unknown
    return [k, typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber: () => number }).toNumber() : v]
  })) as T)
}

let planned: SyntheticCounts
let first: LoadSummary

describe('synthetic ecosystem generator', () => {
  beforeAll(async () => {
    planned = countSynthetic(generateSynthetic({ stakeholders: N, seed: SEED }, reference))
    first = await loadSynthetic(db, generateSynthetic({ stakeholders: N, seed: SEED, batchSize: 2000 }, reference), { source })
    console.log(`generate: loaded ${first.totals.records} records (${planned.totalRelationships} relationships) in ${first.seconds} s, ${first.recordsPerSecond} records/s`)
  }, 120_000)

  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (x:ExternalRef {source: $s}) OPTIONAL MATCH (x)<-[:KNOWN_AS]-(n) DETACH DELETE n, x', { s: source }))
    await closeTestDriver()
  })

  it('is deterministic: the same seed gives byte-identical batches, whatever the batch size; another seed differs', () => {
    const a = hashOf(generateSynthetic({ stakeholders: N, seed: SEED }, reference))
    const b = hashOf(generateSynthetic({ stakeholders: N, seed: SEED, batchSize: 333 }, reference))
    const c = hashOf(generateSynthetic({ stakeholders: N, seed: SEED + 1 }, reference))
    expect(b).toBe(a)
    expect(c).not.toBe(a)
    const sizes = [...generateSynthetic({ stakeholders: N, seed: SEED, batchSize: 500 }, reference)].map((x) => x.records.length)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(500)
    expect(sizes.reduce((s, x) => s + x, 0)).toBe(planned.totalRecords)
  })

  it('loads every record through the bulk path without a rejection', () => {
    expect(first.errors).toEqual([])
    expect(first.totals).toMatchObject({ records: planned.totalRecords, created: planned.totalRecords, updated: 0, unchanged: 0, failed: 0 })
  })

  it('writes every stakeholder kind, destinations and products, with plausible names', async () => {
    const kinds = await rows<{ kind: string, n: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n:Stakeholder)
      UNWIND [l IN labels(n) WHERE NOT l IN ['Entity', 'Stakeholder']] AS kind
      RETURN kind, count(*) AS n`)
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual(planned.stakeholderKinds)
    expect(kinds).toHaveLength(9)
    const other = await rows<{ label: string, n: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n) WHERE n:Destination OR n:Product
      RETURN CASE WHEN n:Destination THEN 'destinations' ELSE 'products' END AS label, count(*) AS n`)
    expect(Object.fromEntries(other.map((o) => [o.label, o.n]))).toEqual({ destinations: planned.records.destinations, products: planned.records.products })
    const names = await rows<{ name: string }>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n:Stakeholder) RETURN n.name AS name')
    expect(names.every((n) => /^[A-Z][\w' -]+$/.test(n.name) && !/Stakeholder \d/.test(n.name))).toBe(true)
    expect(new Set(names.map((n) => n.name)).size).toBeGreaterThan(N * 0.8)
  })

  it('writes every promised relationship type, about 10 relationships per stakeholder', async () => {
    const types = await rows<{ type: string, n: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n)-[r]->() WHERE NOT r:KNOWN_AS
      RETURN type(r) AS type, count(*) AS n`)
    const byType = Object.fromEntries(types.map((t) => [t.type, t.n]))
    expect(byType).toEqual(planned.relationships)
    for (const t of SYNTHETIC_TYPES) expect(byType[t], t).toBeGreaterThan(0)
    // Expected per stakeholder: managed ≈ 1 LOCATED_IN + 1.8 WORKS_IN + 1.4 ACTIVE_IN; links ≈
    // partnersPerActor (2) + SUPPLIES ≈ 1.3 + MEMBER_OF ≈ memberChance (0.5) + ACTIVE_AT ≈ 0.6 +
    // PRODUCES ≈ 0.9 + INVESTS_IN/TRAINS_IN ≈ 0.35 (+ destinations' and products' own ≈ 0.7).
    const perStakeholder = planned.totalRelationships / N
    expect(perStakeholder).toBeGreaterThan(6 + RATES.partnersPerActor)
    expect(perStakeholder).toBeLessThan(13)
  })

  it('has heavy-tailed degrees: the largest hub has at least 10x the median degree', async () => {
    const degrees = (await rows<{ d: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n:Stakeholder)
      RETURN COUNT { (n)-[:PARTNERS_WITH|SUPPLIES|MEMBER_OF|INVESTS_IN]-(:Stakeholder) } AS d`)).map((r) => r.d).sort((a, b) => a - b)
    const median = degrees[Math.floor(degrees.length / 2)]!
    const max = degrees[degrees.length - 1]!
    console.log(`generate: stakeholder degree median ${median}, max ${max}`)
    expect(median).toBeGreaterThan(0)
    expect(max).toBeGreaterThanOrEqual(10 * median)
  })

  it('clusters geographically and links across borders', async () => {
    const [cross] = await rows<{ cross: number, all: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(a:Stakeholder)-[r:PARTNERS_WITH]->(b:Stakeholder)
      MATCH (a)-[:LOCATED_IN]->()-[:IN*0..1]->(ca:Country)
      MATCH (b)-[:LOCATED_IN]->()-[:IN*0..1]->(cb:Country)
      RETURN count(CASE WHEN ca <> cb THEN 1 END) AS cross, count(*) AS all`)
    expect(cross!.cross).toBeGreaterThan(cross!.all * 0.05)
    expect(cross!.cross).toBeLessThan(cross!.all * 0.5)
    // Clustering: most stakeholders sit within ~0.5 degrees of their province's capital or a heritage site.
    const [near] = await rows<{ near: number, all: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n:Stakeholder)-[:LOCATED_IN]->(p:Province)
      OPTIONAL MATCH (p)<-[:LOCATED_IN]-(d:Destination) WHERE d.source IS NULL AND d.location IS NOT NULL
      WITH n, p, min(point.distance(n.location, d.location)) AS toSite
      RETURN count(CASE WHEN point.distance(n.location, p.location) < 55000 OR toSite < 55000 THEN 1 END) AS near, count(*) AS all`)
    expect(near!.near).toBeGreaterThan(near!.all * 0.75)
  })

  it('is idempotent: a second load reports everything unchanged', async () => {
    const again = await loadSynthetic(db, generateSynthetic({ stakeholders: N, seed: SEED, batchSize: 5000 }, reference), { source })
    expect(again.totals).toMatchObject({ records: planned.totalRecords, created: 0, updated: 0, unchanged: planned.totalRecords, failed: 0 })
  }, 60_000)
})
