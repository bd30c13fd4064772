// The synthetic-ecosystem generator (issue 7 item 1): deterministic records, loaded through the
// bulk sync path into a source of its own on the shared test database, then checked in the graph.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSynthetic, type LoadSummary } from '../src/generate/load.js'
import { loadSyntheticReference } from '../src/generate/reference.js'
import { NOT_GENERATED, RATES, SYNTHETIC_TYPES, countSynthetic, generateSynthetic, type SyntheticBatch, type SyntheticCounts } from '../src/generate/synthetic.js'
import { REL_TYPES } from '../src/domain/model.js'
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

  it('writes every relationship type of the model but the reference-only IN and BROADER, about 10 relationships per stakeholder', async () => {
    const types = await rows<{ type: string, n: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n)-[r]->() WHERE NOT r:KNOWN_AS
      RETURN type(r) AS type, count(*) AS n`)
    const byType = Object.fromEntries(types.map((t) => [t.type, t.n]))
    expect(byType).toEqual(planned.relationships)
    expect(Object.keys(NOT_GENERATED).sort()).toEqual(['BROADER', 'IN'])
    const expected = REL_TYPES.filter((t) => t !== 'IN' && t !== 'BROADER')
    expect([...SYNTHETIC_TYPES].sort()).toEqual([...expected].sort())
    for (const t of expected) expect(byType[t], t).toBeGreaterThan(0)
    expect(Object.keys(byType).sort()).toEqual([...expected].sort())
    // Expected per stakeholder: managed ≈ 1 LOCATED_IN + 1.8 WORKS_IN + 1.4 ACTIVE_IN; links ≈
    // partnersPerActor (2) + SUPPLIES ≈ 1.3 + MEMBER_OF ≈ memberChance (0.5) + ACTIVE_AT ≈ 0.6 +
    // PRODUCES ≈ 0.9 + INVESTS_IN/TRAINS_IN ≈ 0.35 (+ destinations' and products' own ≈ 0.7);
    // the policy layer at N = 1,000 ≈ 0.8 (≈ 108 regulations × ≈ 5 links, 25 initiatives × ≈ 10).
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

  it('writes the policy layer: a few dozen regulations per country issued at home, regional ones across borders; initiatives run by someone, supporting actors', async () => {
    // By hand from the rates: per country round(1.5·√(its actors)) national regulations within [3, 60];
    // regional ones round(national / 25) within [2, 8]; one initiative per 40 actors.
    const actorsPerCountry = new Map<string, number>()
    for (const b of generateSynthetic({ stakeholders: N, seed: SEED }, reference)) {
      if (b.kind !== 'stakeholders') continue
      for (const r of b.records) {
        const c = String(r.country ?? r.province).slice(0, 2)
        actorsPerCountry.set(c, (actorsPerCountry.get(c) ?? 0) + 1)
      }
    }
    const national = [...actorsPerCountry.values()].reduce((s, m) => s + Math.min(60, Math.max(3, Math.round(RATES.regulationsPerSqrtActor * Math.sqrt(m)))), 0)
    const [reg] = await rows<{ all: number, national: number, crossBorder: number, issuedAtHome: number, uncovered: number, addressing: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(r:Regulation)
      RETURN count(r) AS all,
             count(CASE WHEN r.scope = 'national' THEN 1 END) AS national,
             count(CASE WHEN COUNT { (r)-[:APPLIES_TO]->(:Country) } > 1 THEN 1 END) AS crossBorder,
             count(CASE WHEN r.scope = 'national' AND EXISTS {
               (r)-[:ISSUED_BY]->(:Government)-[:LOCATED_IN]->()-[:IN*0..1]->(c:Country)<-[:APPLIES_TO]-(r) } THEN 1 END) AS issuedAtHome,
             count(CASE WHEN NOT EXISTS { (r)-[:COVERS]->(:Sector) } THEN 1 END) AS uncovered,
             count(CASE WHEN EXISTS { (r)-[:ADDRESSES]->(:Recommendation) } THEN 1 END) AS addressing`)
    expect(reg!.all).toBe(planned.records.regulations)
    expect(reg!.national).toBe(national)
    expect(national / 5).toBeGreaterThanOrEqual(12) // "a few dozen per country" at N = 1,000
    expect(reg!.all - reg!.national).toBe(Math.min(8, Math.max(2, Math.round(national * RATES.regionalPerNational))))
    expect(reg!.crossBorder).toBe(reg!.all - reg!.national)
    expect(reg!.issuedAtHome).toBe(national) // every country has government bodies at this size
    expect(reg!.uncovered).toBe(0)
    expect(reg!.addressing).toBeGreaterThan(reg!.all * 0.35)
    expect(reg!.addressing).toBeLessThan(reg!.all * 0.75)

    const [ini] = await rows<{ all: number, unrun: number, unsupported: number, unaddressed: number, supports: number, maxSupports: number }>(`
      MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(i:Initiative)
      WITH i, COUNT { (i)-[:SUPPORTS]->(:Stakeholder) } AS supports
      RETURN count(i) AS all,
             count(CASE WHEN NOT EXISTS { (:Stakeholder)-[:RUNS]->(i) } THEN 1 END) AS unrun,
             count(CASE WHEN supports = 0 THEN 1 END) AS unsupported,
             count(CASE WHEN NOT EXISTS { (i)-[:ADDRESSES]->(:Recommendation) } THEN 1 END) AS unaddressed,
             sum(supports) AS supports, max(supports) AS maxSupports`)
    expect(ini).toMatchObject({ all: Math.round(N / RATES.actorsPerInitiative), unrun: 0, unsupported: 0, unaddressed: 0, supports: planned.relationships.SUPPORTS })
    // heavy-tailed: the largest programme supports at least twice the average
    expect(ini!.maxSupports).toBeGreaterThanOrEqual(2 * ini!.supports / ini!.all)
  })

  it('is idempotent: a second load reports everything unchanged', async () => {
    const again = await loadSynthetic(db, generateSynthetic({ stakeholders: N, seed: SEED, batchSize: 5000 }, reference), { source })
    expect(again.totals).toMatchObject({ records: planned.totalRecords, created: 0, updated: 0, unchanged: planned.totalRecords, failed: 0 })
  }, 60_000)
})
