// Partner sync (src/modules/sync): bulk upserts keyed by (source, externalId) as JSON or NDJSON,
// atomic and partial modes, dry runs, Idempotency-Key, tombstones, the change feed, the limits
// (batch size, rate, per-source concurrency), the partner role matrix and hostile partner data,
// against the real, shared Neo4j. Every source this file writes starts with its own prefix P, so
// counts of its records are exact; the Change nodes it leaves behind are kept (append-only feed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createKey } from '../src/modules/keys/service.js'
import { requestHash } from '../src/modules/sync/idempotency.js'
import type { Role } from '../src/http/route-config.js'
import { closeTestDriver, testApp, testDb, uniquePrefix } from './helpers/app.js'
import { problem as sharedProblem } from './helpers/assert.js'

type Json = Record<string, unknown>
type ProblemError = { in?: string, pointer: string, message: string }
type RecordError = { index: number, externalId: string | null, errors: ProblemError[] }
type RecordResult = { index: number, externalId: string | null, id: string, status: string, version: number | null }
type Report = {
  source: string, kind: string, mode: string, dryRun: boolean, received: number,
  created: number, updated: number, unchanged: number, failed: number, records: RecordResult[], errors: RecordError[]
}
type Change = { seq: number, op: string, entityId: string, entityType: string, version: number, source: string | null, externalId: string | null, at: string }
type FeedPage = { items: Change[], nextCursor: string, hasMore: boolean }

const P = uniquePrefix('sync')
const src = (name: string) => `${P}-${name}`
const DEV_KEY_ID = 'auth-disabled'
// What must never leave the API: driver or Cypher error text, stack traces.
const INTERNALS = /Neo\.(Client|Database|Transient)Error|Invalid input|SyntaxError|Cypher|neo4j-driver|at .+\.(js|ts):\d+/

let app: FastifyInstance // AUTH_DISABLED (admin), room for 50 concurrent syncs of one source
const keyIds: string[] = []

function problem (res: LightMyRequestResponse, status: number): Json & { type: string, detail: string, errors?: unknown[] } {
  const body = sharedProblem(res, status) as Json & { type: string, detail: string, errors?: unknown[] }
  expect(res.body).not.toMatch(INTERNALS)
  return body
}

function ok<T> (res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status)
  return res.json() as T
}

interface PostOptions { query?: string, headers?: Record<string, string>, on?: FastifyInstance, ndjson?: boolean }

async function post (kind: string, source: string, records: unknown, options: PostOptions = {}): Promise<LightMyRequestResponse> {
  const target = options.on ?? app
  const url = `/sync/${source}/${kind}${options.query === undefined ? '' : `?${options.query}`}`
  if (options.ndjson === true) {
    return target.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-ndjson', ...options.headers }, payload: records as string })
  }
  return target.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...options.headers }, payload: JSON.stringify(records) })
}

async function sync (kind: string, source: string, records: unknown[], options: PostOptions = {}): Promise<Report> {
  return ok<Report>(await post(kind, source, records, options))
}

const stk = (externalId: string, extra: Json = {}): Json => ({
  externalId, kind: 'CreativeProducer', name: `Maker ${externalId}`, province: 'KH-17', sectors: ['fcs-c-crafts'], stages: ['stage-production'], ...extra
})

async function query<T = unknown> (statement: string, params: Json = {}): Promise<T[]> {
  const result = await testDb().read((tx) => tx.run(statement, params))
  return result.records.map((r) => {
    const v = r.get(0) as unknown
    return (typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v) as T
  })
}

/** partner nodes of a source (through their ExternalRef), and the ExternalRefs themselves */
async function countNodes (source: string): Promise<number> {
  return (await query<number>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n) RETURN count(n)', { s: source }))[0]!
}
async function countRefs (source: string): Promise<number> {
  return (await query<number>('MATCH (x:ExternalRef {source: $s}) RETURN count(x)', { s: source }))[0]!
}
async function versions (source: string): Promise<Record<string, number>> {
  const rows = await query<{ e: string, v: number }>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n) RETURN {e: x.externalId, v: toInteger(n.version)}', { s: source })
  return Object.fromEntries(rows.map((r) => [r.e, Number(r.v)]))
}

/** the feed as op:externalId:version; within one batch the order is the batch's lock order (by id), so each batch is sorted */
function ops (items: Change[], batches: number[]): string[] {
  const all = items.map((c) => `${c.op}:${c.externalId}:${c.version}`)
  const out: string[] = []
  let at = 0
  for (const size of batches) { out.push(...all.slice(at, at + size).sort()); at += size }
  expect(at, 'batch sizes add up to the feed length').toBe(all.length)
  return out
}

async function feed (source: string, since = '0', limit = 1000): Promise<FeedPage> {
  return ok<FeedPage>(await app.inject({ url: `/sync/${source}/changes?since=${since}&limit=${limit}` }))
}

beforeAll(async () => {
  app = await testApp({ SYNC_CONCURRENCY_PER_SOURCE: '64' })
})

afterAll(async () => {
  await testDb().write(async (tx) => {
    await tx.run(`MATCH (x:ExternalRef) WHERE x.source STARTS WITH $p
                  OPTIONAL MATCH (n)-[:KNOWN_AS]->(x)
                  DETACH DELETE n, x`, { p: P })
    await tx.run('MATCH (n:Entity) WHERE n.source STARTS WITH $p DETACH DELETE n', { p: P })
    await tx.run('MATCH (r:IdempotencyRecord) WHERE r.key STARTS WITH $p DELETE r', { p: P })
    await tx.run('MATCH (k:ApiKey) WHERE k.id IN $ids DETACH DELETE k', { ids: keyIds })
  })
  await app?.close()
  await closeTestDriver()
})

// ---------------------------------------------------------------------------------------------

describe('upserts by (source, externalId)', () => {
  it('creates a batch; the same batch again is all unchanged, with the same node count and versions', async () => {
    const S = src('same')
    const batch = [stk('A-1'), stk('A-2', { tags: ['silk', 'weaving'], founded: 1999 }), stk('A-3', { location: { latitude: 13.4, longitude: 103.8 } })]
    const first = await sync('stakeholders', S, batch)
    expect(first).toMatchObject({ source: S, kind: 'stakeholders', mode: 'atomic', dryRun: false, received: 3, created: 3, updated: 0, unchanged: 0, failed: 0, errors: [] })
    expect(first.records.map((r) => [r.index, r.externalId, r.status, r.version])).toEqual([[0, 'A-1', 'created', 1], [1, 'A-2', 'created', 1], [2, 'A-3', 'created', 1]])
    for (const r of first.records) expect(r.id).toMatch(/^stk-/)
    expect(await countNodes(S)).toBe(3)
    expect(await countRefs(S)).toBe(3)
    // the reference fields became the links the record manages
    const links = await query<string>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n)-[r]->(t) WHERE type(r) <> "KNOWN_AS" RETURN type(r) + ">" + t.id ORDER BY type(r)', { s: S })
    expect(links.sort()).toEqual(['ACTIVE_IN>stage-production', 'ACTIVE_IN>stage-production', 'ACTIVE_IN>stage-production', 'LOCATED_IN>KH-17', 'LOCATED_IN>KH-17', 'LOCATED_IN>KH-17', 'WORKS_IN>fcs-c-crafts', 'WORKS_IN>fcs-c-crafts', 'WORKS_IN>fcs-c-crafts'])
    const labels = await query<string[]>('MATCH (x:ExternalRef {source: $s, externalId: "A-1"})<-[:KNOWN_AS]-(n) RETURN labels(n)', { s: S })
    expect([...labels[0]!].sort()).toEqual(['CreativeProducer', 'Entity', 'Stakeholder'])

    const second = await sync('stakeholders', S, batch)
    expect(second).toMatchObject({ received: 3, created: 0, updated: 0, unchanged: 3, failed: 0 })
    expect(second.records.map((r) => [r.status, r.version])).toEqual([['unchanged', 1], ['unchanged', 1], ['unchanged', 1]])
    expect(second.records.map((r) => r.id)).toEqual(first.records.map((r) => r.id))
    // the same content in another order, with its properties in another order, is still unchanged
    const shuffled = [...batch].reverse().map((r) => Object.fromEntries(Object.entries(r).reverse()))
    const third = await sync('stakeholders', S, shuffled)
    expect(third).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(await countNodes(S)).toBe(3)
    expect(await countRefs(S)).toBe(3)
    expect(await versions(S)).toEqual({ 'A-1': 1, 'A-2': 1, 'A-3': 1 })
    // unchanged records leave no trace in the feed
    const page = await feed(S)
    expect(ops(page.items, [3])).toEqual(['create:A-1:1', 'create:A-2:1', 'create:A-3:1'])
  })

  it('updates only what changed: one version bump, the kind relabels, managed links are replaced', async () => {
    const S = src('upd')
    await sync('stakeholders', S, [stk('U-1'), stk('U-2')])
    const report = await sync('stakeholders', S, [stk('U-1'), stk('U-2', { kind: 'TourismOperator', name: 'Boat tours', sectors: [], province: undefined, country: 'KH' })])
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1, failed: 0 })
    expect(report.records.map((r) => [r.externalId, r.status, r.version])).toEqual([['U-1', 'unchanged', 1], ['U-2', 'updated', 2]])
    expect(await versions(S)).toEqual({ 'U-1': 1, 'U-2': 2 })
    const got = ok<Json>(await app.inject({ url: `/sync/${S}/stakeholders/U-2` }))
    expect(got).toMatchObject({ externalId: 'U-2', source: S, kind: 'TourismOperator', name: 'Boat tours', version: 2 })
    const labels = await query<string[]>('MATCH (x:ExternalRef {source: $s, externalId: "U-2"})<-[:KNOWN_AS]-(n) RETURN labels(n)', { s: S })
    expect([...labels[0]!].sort()).toEqual(['Entity', 'Stakeholder', 'TourismOperator'])
    const links = await query<string>('MATCH (x:ExternalRef {source: $s, externalId: "U-2"})<-[:KNOWN_AS]-(n)-[r]->(t) WHERE type(r) <> "KNOWN_AS" RETURN type(r) + ">" + t.id', { s: S })
    expect(links.sort()).toEqual(['ACTIVE_IN>stage-production', 'LOCATED_IN>KH'])
    expect(await countNodes(S)).toBe(2)
    const page = await feed(S)
    expect(ops(page.items, [2, 1])).toEqual(['create:U-1:1', 'create:U-2:1', 'update:U-2:2'])
  })

  it('takes NDJSON (blank lines ignored) and refuses a line that is not JSON', async () => {
    const S = src('nd')
    const body = `${JSON.stringify(stk('N-1'))}\n\n${JSON.stringify(stk('N-2'))}\n`
    const report = ok<Report>(await post('stakeholders', S, body, { ndjson: true }))
    expect(report).toMatchObject({ received: 2, created: 2, failed: 0 })
    expect(await countNodes(S)).toBe(2)
    const bad = problem(await post('stakeholders', S, `${JSON.stringify(stk('N-3'))}\n{"externalId": "N-4",\n`, { ndjson: true }), 400)
    expect(bad.detail).toMatch(/line 2 is not valid JSON/)
    expect(await countNodes(S)).toBe(2)
  })

  it('takes NDJSON with a charset parameter', async () => {
    const S = src('nd-cs')
    const res = await app.inject({ method: 'POST', url: `/sync/${S}/stakeholders`, headers: { 'content-type': 'application/x-ndjson; charset=utf-8' }, payload: `${JSON.stringify(stk('NC-1'))}\n` })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ created: 1 })
  })

  it('a full batch of 5000 records above the general 5 MB body limit is accepted (SYNC_BODY_LIMIT_BYTES, 16 MB)', async () => {
    const S = src('big')
    const batch = Array.from({ length: 5000 }, (_, i) => stk(`BIG-${i}`, { description: 'd'.repeat(1200) }))
    const json = JSON.stringify(batch)
    expect(json.length).toBeGreaterThan(5 * 1024 * 1024)
    const res = await app.inject({ method: 'POST', url: `/sync/${S}/stakeholders?dryRun=true`, headers: { 'content-type': 'application/json' }, payload: json })
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    expect(res.json()).toMatchObject({ received: 5000, created: 5000 })
    const nd = await app.inject({ method: 'POST', url: `/sync/${S}/stakeholders?dryRun=true`, headers: { 'content-type': 'application/x-ndjson' }, payload: batch.map((r) => JSON.stringify(r)).join('\n') })
    expect(nd.statusCode, nd.body.slice(0, 300)).toBe(200)
    expect(await countNodes(S)).toBe(0)
  }, 60_000)

  it('syncs destinations (heritage_site adds HeritageSite) and products (with their sectors)', async () => {
    const S = src('dp')
    const d = await sync('destinations', S, [
      { externalId: 'D-1', name: 'Temple ruins', kinds: ['heritage_site', 'museum'], location: { latitude: 13.41, longitude: 103.87 }, province: 'KH-17' },
      { externalId: 'D-2', name: 'Night market', kinds: ['market'], location: { latitude: 13.36, longitude: 103.86 } }
    ])
    expect(d).toMatchObject({ kind: 'destinations', created: 2 })
    for (const r of d.records) expect(r.id).toMatch(/^dst-/)
    const got = ok<Json>(await app.inject({ url: `/sync/${S}/destinations/D-1` }))
    expect(got).toMatchObject({ name: 'Temple ruins', kinds: ['heritage_site', 'museum'], location: { latitude: 13.41, longitude: 103.87 } })
    const labels = await query<string[]>('MATCH (x:ExternalRef {source: $s, externalId: "D-1"})<-[:KNOWN_AS]-(n) RETURN labels(n)', { s: S })
    expect([...labels[0]!].sort()).toEqual(['Destination', 'Entity', 'HeritageSite'])

    const p = await sync('products', S, [{ externalId: 'P-1', name: 'Rattan basket', green: true, sectors: ['fcs-c-crafts'] }])
    expect(p).toMatchObject({ kind: 'products', created: 1 })
    expect(p.records[0]!.id).toMatch(/^prd-/)
    expect(await query<string>('MATCH (x:ExternalRef {source: $s, externalId: "P-1"})<-[:KNOWN_AS]-(n)-[:IN_SECTOR]->(t) RETURN t.id', { s: S })).toEqual(['fcs-c-crafts'])
    expect(await countNodes(S)).toBe(3)
    // the same externalId under another kind is not found there
    problem(await app.inject({ url: `/sync/${S}/stakeholders/D-1` }), 404)
  })

  it('syncs links by {externalId}, {source, externalId} and atlas {id}; again: unchanged', async () => {
    const S = src('lnk')
    const O = src('lnk-other')
    const mine = await sync('stakeholders', S, [stk('L-1'), stk('L-2', { kind: 'TourismOperator' })])
    await sync('stakeholders', O, [stk('O-1')])
    await sync('products', S, [{ externalId: 'LP-1', name: 'Silk scarf', green: false }])
    const l2 = mine.records[1]!.id
    const links = [
      { externalId: 'LK-1', from: { externalId: 'L-1' }, type: 'SUPPLIES', to: { externalId: 'L-2' }, properties: { stage: 'stage-production', since: 2020 } },
      { from: { externalId: 'L-1' }, type: 'PARTNERS_WITH', to: { source: O, externalId: 'O-1' } },
      { from: { id: l2 }, type: 'PRODUCES', to: { externalId: 'LP-1' } }
    ]
    const first = await sync('links', S, links)
    expect(first).toMatchObject({ kind: 'links', received: 3, created: 3, updated: 0, unchanged: 0, failed: 0 })
    expect(first.records.map((r) => [r.externalId, r.status, r.version])).toEqual([['LK-1', 'created', 1], [null, 'created', 1], [null, 'created', 1]])
    const rels = await query<string>(`MATCH (a)-[r:SUPPLIES|PARTNERS_WITH|PRODUCES {source: $s}]->(b)
      RETURN a.externalId + "-" + type(r) + "->" + b.externalId`, { s: S })
    expect(rels.sort()).toEqual(['L-1-PARTNERS_WITH->O-1', 'L-1-SUPPLIES->L-2', 'L-2-PRODUCES->LP-1'])
    const stage = await query<string>('MATCH ()-[r:SUPPLIES {source: $s}]->() RETURN r.stage', { s: S })
    expect(stage).toEqual(['stage-production'])

    const again = await sync('links', S, links)
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    const changed = await sync('links', S, [{ ...links[0], properties: { stage: 'stage-dissemination' } }])
    expect(changed.records.map((r) => [r.status, r.version])).toEqual([['updated', 2]])
    expect((await query<number>('MATCH ()-[r:SUPPLIES|PARTNERS_WITH|PRODUCES {source: $s}]->() RETURN count(r)', { s: S }))[0]).toBe(3)
    const linkChanges = (await feed(S)).items.filter((c) => c.entityType === 'Link')
    expect(linkChanges.map((c) => `${c.op}:${c.version}`).sort()).toEqual(['create:1', 'create:1', 'create:1', 'update:2'])
    expect(linkChanges.find((c) => c.op === 'update')).toMatchObject({ externalId: 'LK-1', entityId: first.records[0]!.id })

    // an unknown record and a triple the model does not allow: 400, nothing written
    const bad = problem(await post('links', S, [
      { from: { externalId: 'L-1' }, type: 'SUPPLIES', to: { externalId: 'nobody' } },
      { from: { externalId: 'LP-1' }, type: 'SUPPLIES', to: { externalId: 'L-1' } },
      { from: { externalId: 'L-2' }, type: 'SUPPLIES', to: { externalId: 'L-1' } }
    ]), 400)
    expect(bad.type).toBe('urn:cci-atlas:problem:invalid-records')
    const errs = bad.errors as RecordError[]
    expect(errs.map((e) => [e.index, e.errors.map((x) => x.pointer)])).toEqual([[0, ['/to']], [1, ['/type']]])
    expect((await query<number>('MATCH ()-[r:SUPPLIES|PARTNERS_WITH|PRODUCES {source: $s}]->() RETURN count(r)', { s: S }))[0]).toBe(3)
  })
})

describe('atomic and partial modes, dry runs', () => {
  it('the same link twice in one batch is not counted (or versioned) twice', async () => {
    const S = src('lnk-dup')
    await sync('stakeholders', S, [stk('LD-1'), stk('LD-2')])
    const twice = [
      { from: { externalId: 'LD-1' }, type: 'SUPPLIES', to: { externalId: 'LD-2' } },
      { from: { externalId: 'LD-1' }, type: 'SUPPLIES', to: { externalId: 'LD-2' } }
    ]
    const res = await post('links', S, twice)
    // Either refused like a duplicate node record (400, the second record reported), or written once:
    // never two "created" for one link, a version 2 after one batch, or two creates in the feed.
    if (res.statusCode === 400) {
      expect((problem(res, 400).errors as RecordError[]).map((e) => e.index)).toEqual([1])
      expect((await query<number>('MATCH ()-[r:SUPPLIES {source: $s}]->() RETURN count(r)', { s: S }))[0]).toBe(0)
      return
    }
    const report = ok<Report>(res)
    expect((await query<number>('MATCH ()-[r:SUPPLIES {source: $s}]->() RETURN count(r)', { s: S }))[0]).toBe(1)
    expect(report.created, JSON.stringify(report.records)).toBe(1)
    expect(await query<number>('MATCH ()-[r:SUPPLIES {source: $s}]->() RETURN r.version', { s: S })).toEqual([1])
    expect((await feed(S)).items.filter((c) => c.entityType === 'Link').map((c) => `${c.op}:${c.version}`)).toEqual(['create:1'])
  })

  const mixed = () => [
    stk('M-1'),
    { externalId: 'M-2', kind: 'CreativeProducer' }, // name missing
    stk('M-3', { province: 'XX-404' }), // no such province
    stk('M-4', { nmae: 'typo' }), // unknown property
    stk('M-5')
  ]

  it('atomic (default): one invalid record fails the batch with 400, a per-record error list, nothing written', async () => {
    const S = src('atomic')
    const body = problem(await post('stakeholders', S, mixed()), 400)
    expect(body.type).toBe('urn:cci-atlas:problem:invalid-records')
    expect(body.detail).toMatch(/3 of 5 records are invalid; nothing was written/)
    expect(body).toMatchObject({ mode: 'atomic', received: 5, created: 0, updated: 0, unchanged: 0, failed: 3, records: [] })
    const errs = body.errors as RecordError[]
    expect(errs.map((e) => [e.index, e.externalId])).toEqual([[1, 'M-2'], [2, 'M-3'], [3, 'M-4']])
    expect(errs[0]!.errors).toEqual([expect.objectContaining({ pointer: '/name', message: 'is required' })])
    expect(errs[1]!.errors).toEqual([expect.objectContaining({ pointer: '/province', message: expect.stringContaining('XX-404') })])
    expect(errs[2]!.errors).toEqual([expect.objectContaining({ pointer: '/nmae', message: "unknown property 'nmae'" })])
    expect(await countNodes(S)).toBe(0)
    expect(await countRefs(S)).toBe(0)
    expect((await feed(S)).items).toEqual([])
  })

  it('partial: valid records are written, invalid ones reported', async () => {
    const S = src('partial')
    const report = await sync('stakeholders', S, mixed(), { query: 'mode=partial' })
    expect(report).toMatchObject({ mode: 'partial', received: 5, created: 2, updated: 0, unchanged: 0, failed: 3 })
    expect(report.records.map((r) => [r.index, r.externalId, r.status])).toEqual([[0, 'M-1', 'created'], [4, 'M-5', 'created']])
    expect(report.errors.map((e) => [e.index, e.externalId, e.errors[0]!.pointer])).toEqual([[1, 'M-2', '/name'], [2, 'M-3', '/province'], [3, 'M-4', '/nmae']])
    expect(await countNodes(S)).toBe(2)
    expect(ops((await feed(S)).items, [2])).toEqual(['create:M-1:1', 'create:M-5:1'])
  })

  it('refuses the same externalId twice in one batch', async () => {
    const S = src('dup')
    const body = problem(await post('stakeholders', S, [stk('D-1'), stk('D-2'), stk('D-1', { name: 'again' })]), 400)
    expect((body.errors as RecordError[]).map((e) => [e.index, e.externalId, e.errors[0]!.pointer])).toEqual([[2, 'D-1', '/externalId']])
    const partial = await sync('stakeholders', S, [stk('D-1'), stk('D-2'), stk('D-1', { name: 'again' })], { query: 'mode=partial' })
    expect(partial).toMatchObject({ created: 2, failed: 1 })
    expect(await countNodes(S)).toBe(2)
  })

  it('dryRun=true reports what would change and writes nothing', async () => {
    const S = src('dry')
    const dry = await sync('stakeholders', S, [stk('Y-1'), stk('Y-2')], { query: 'dryRun=true' })
    expect(dry).toMatchObject({ dryRun: true, created: 2, updated: 0, unchanged: 0, failed: 0 })
    expect(dry.records.map((r) => [r.status, r.version])).toEqual([['created', null], ['created', null]])
    expect(await countNodes(S)).toBe(0)
    expect((await feed(S)).items).toEqual([])

    const real = await sync('stakeholders', S, [stk('Y-1'), stk('Y-2')])
    expect(real.records.map((r) => r.id)).toEqual(dry.records.map((r) => r.id))
    const preview = await sync('stakeholders', S, [stk('Y-1'), stk('Y-2', { name: 'renamed' }), stk('Y-3')], { query: 'dryRun=true' })
    expect(preview).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 1 })
    expect(preview.records.map((r) => [r.externalId, r.status])).toEqual([['Y-1', 'unchanged'], ['Y-2', 'updated'], ['Y-3', 'created']])
    expect(await versions(S)).toEqual({ 'Y-1': 1, 'Y-2': 1 })
    expect((await feed(S)).items).toHaveLength(2)
    // a dry run of an invalid atomic batch fails like the real one would
    const bad = problem(await post('stakeholders', S, [stk('Y-4', { name: '' })], { query: 'dryRun=true' }), 400)
    expect((bad.errors as RecordError[])[0]).toMatchObject({ index: 0, externalId: 'Y-4' })
    expect(await countNodes(S)).toBe(2)
  })

  it('batch limits: empty, more than 5000, not an array, unknown mode: 400; exactly 5000 is accepted', async () => {
    const S = src('limits')
    expect(problem(await post('stakeholders', S, []), 400).detail).toMatch(/empty/)
    const tooMany = Array.from({ length: 5001 }, (_, i) => stk(`X-${i}`))
    expect(problem(await post('stakeholders', S, tooMany), 400).detail).toMatch(/at most 5000 records/)
    expect(problem(await post('stakeholders', S, stk('X-0')), 400).detail).toMatch(/JSON array/)
    expect(problem(await post('stakeholders', S, 'a string'), 400).detail).toMatch(/JSON array/)
    expect(problem(await post('stakeholders', S, null), 400).detail).toMatch(/JSON array/)
    expect(problem(await post('stakeholders', S, [stk('X-0')], { query: 'mode=yolo' }), 400).type).toBe('urn:cci-atlas:problem:validation')
    expect(problem(await post('stakeholders', S, '', { ndjson: true }), 400).detail).toMatch(/empty/)
    const max = await sync('stakeholders', S, tooMany.slice(0, 5000), { query: 'dryRun=true' })
    expect(max).toMatchObject({ received: 5000, created: 5000, failed: 0 })
    expect(await countNodes(S)).toBe(0)
  })
})

describe('tombstones and the change feed', () => {
  it('DELETE tombstones a record; it shows as a delete in the feed; syncing it again brings it back', async () => {
    const S = src('tomb')
    const created = await sync('stakeholders', S, [stk('T-1'), stk('T-2')])
    const id = created.records[0]!.id
    const del = ok<{ id: string, version: number }>(await app.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/T-1` }))
    expect(del).toEqual({ id, version: 2 })
    // soft delete: the node stays, with deletedAt
    expect(await countNodes(S)).toBe(2)
    expect(await query<boolean>('MATCH (n:Entity {id: $id}) RETURN n.deletedAt IS NOT NULL', { id })).toEqual([true])
    problem(await app.inject({ url: `/stakeholders/${id}` }), 404)
    expect(problem(await app.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/T-1` }), 404).detail).toMatch(/T-1/)
    expect(problem(await app.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/nobody` }), 404).detail).toMatch(/nobody/)
    expect(problem(await app.inject({ method: 'DELETE', url: `/sync/${S}/destinations/T-2` }), 404).type).toBe('urn:cci-atlas:problem:not-found')

    const back = await sync('stakeholders', S, [stk('T-1'), stk('T-2')])
    expect(back.records.map((r) => [r.externalId, r.status, r.version])).toEqual([['T-1', 'updated', 3], ['T-2', 'unchanged', 1]])
    expect(await query<boolean>('MATCH (n:Entity {id: $id}) RETURN n.deletedAt IS NULL', { id })).toEqual([true])
    ok(await app.inject({ url: `/stakeholders/${id}` }))

    const page = await feed(S)
    expect(ops(page.items, [2, 1, 1])).toEqual(['create:T-1:1', 'create:T-2:1', 'delete:T-1:2', 'update:T-1:3'])
    expect(page.items.every((c) => c.entityType === 'Stakeholder' && c.source === S)).toBe(true)
    expect(page.items.every((c) => (c.externalId === 'T-1' ? c.entityId === id : true))).toBe(true)
  })

  it('the feed pages with a monotonic cursor; /changes has the same changes in the same order', async () => {
    const S = src('feed')
    await sync('stakeholders', S, [stk('F-1'), stk('F-2'), stk('F-3')])
    await sync('stakeholders', S, [stk('F-2', { name: 'renamed' })])
    ok(await app.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/F-3` }))

    const all = await feed(S)
    expect(ops(all.items, [3, 1, 1])).toEqual(['create:F-1:1', 'create:F-2:1', 'create:F-3:1', 'update:F-2:2', 'delete:F-3:2'])
    const seqs = all.items.map((c) => c.seq)
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!)
    expect(all.nextCursor).toBe(String(seqs[seqs.length - 1]))
    expect(all.hasMore).toBe(false)
    for (const c of all.items) expect(new Date(c.at).toISOString()).toBe(c.at)

    // page by 2, following nextCursor
    const walked: Change[] = []
    let cursor = '0'
    for (let i = 0; i < 5; i++) {
      const page = await feed(S, cursor, 2)
      walked.push(...page.items)
      cursor = page.nextCursor
      if (!page.hasMore) break
    }
    expect(walked).toEqual(all.items)
    // nothing new: the cursor stays
    const none = await feed(S, all.nextCursor)
    expect(none).toEqual({ items: [], nextCursor: all.nextCursor, hasMore: false })

    // the whole-atlas feed: mine appear in the same order, every seq increases
    const global: Change[] = []
    cursor = String(seqs[0]! - 1)
    for (let i = 0; i < 20; i++) {
      const page = ok<FeedPage>(await app.inject({ url: `/changes?since=${cursor}&limit=1000` }))
      global.push(...page.items)
      cursor = page.nextCursor
      if (!page.hasMore || global.filter((c) => c.source === S).length >= seqs.length) break
    }
    for (let i = 1; i < global.length; i++) expect(global[i]!.seq).toBeGreaterThan(global[i - 1]!.seq)
    expect(global.filter((c) => c.source === S)).toEqual(all.items)

    expect(problem(await app.inject({ url: `/changes?since=abc` }), 400).type).toBe('urn:cci-atlas:problem:validation')
    problem(await app.inject({ url: `/sync/${S}/changes?limit=0` }), 400)
  })
})

describe('Idempotency-Key', () => {
  it('the same key and payload replays the stored response and writes nothing', async () => {
    const S = src('idem')
    const headers = { 'idempotency-key': `${P}-k1` }
    const batch = [stk('I-1'), stk('I-2')]
    const first = await post('stakeholders', S, batch, { headers })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.headers['idempotency-replayed']).toBeUndefined()
    expect(first.json()).toMatchObject({ created: 2 })
    // someone changes a record in between: the replay must not write the batch again
    await sync('stakeholders', S, [stk('I-1', { name: 'changed meanwhile' })])
    const before = await versions(S)
    const changesBefore = (await feed(S)).items.length

    const replay = await post('stakeholders', S, batch, { headers })
    expect(replay.statusCode, replay.body).toBe(200)
    expect(replay.headers['idempotency-replayed']).toBe('true')
    expect(replay.json()).toEqual(first.json())
    expect(await versions(S)).toEqual(before)
    expect(before).toEqual({ 'I-1': 2, 'I-2': 1 })
    expect((await feed(S)).items).toHaveLength(changesBefore)
    expect(ok<Json>(await app.inject({ url: `/sync/${S}/stakeholders/I-1` })).name).toBe('changed meanwhile')

    // the same key with another payload: 422, nothing written
    const other = problem(await post('stakeholders', S, [stk('I-3')], { headers }), 422)
    expect(other.type).toBe('urn:cci-atlas:problem:idempotency-key-reused')
    expect(other.detail).toMatch(/different request/)
    expect(await countNodes(S)).toBe(2)
  })

  it('a failed (400) request is replayed as the same 400', async () => {
    const S = src('idem-400')
    const headers = { 'idempotency-key': `${P}-k400` }
    const batch = [stk('J-1', { name: null })]
    const first = problem(await post('stakeholders', S, batch, { headers }), 400)
    expect(first.type).toBe('urn:cci-atlas:problem:invalid-records')
    const again = await post('stakeholders', S, batch, { headers })
    const replayed = problem(again, 400)
    expect(again.headers['idempotency-replayed']).toBe('true')
    expect(replayed.detail).toBe(first.detail)
    expect(replayed.errors).toEqual(first.errors)
    expect(await countNodes(S)).toBe(0)
  })

  it('409 while the first request with that key is still running', async () => {
    const S = src('idem-run')
    const key = `${P}-krun`
    const batch = [stk('R-1')]
    const url = `/sync/${S}/stakeholders`
    await testDb().write((tx) => tx.run(`CREATE (:IdempotencyRecord {apiKeyId: $apiKeyId, key: $key, state: 'running', requestHash: $hash,
      createdAt: datetime(), expiresAt: datetime() + duration('PT1H')})`, { apiKeyId: DEV_KEY_ID, key, hash: requestHash('POST', url, batch) }))
    const res = await post('stakeholders', S, batch, { headers: { 'idempotency-key': key } })
    const body = problem(res, 409)
    expect(body.type).toBe('urn:cci-atlas:problem:idempotency-key-in-use')
    expect(body.detail).toMatch(/still running/)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect(await countNodes(S)).toBe(0)
    expect(await query<string>('MATCH (r:IdempotencyRecord {apiKeyId: $a, key: $k}) RETURN r.state', { a: DEV_KEY_ID, k: key })).toEqual(['running'])
  })

  it('a key whose first request died long ago (stale running) or that expired is claimed again', async () => {
    const S = src('idem-stale')
    const url = `/sync/${S}/stakeholders`
    await testDb().write(async (tx) => {
      await tx.run(`CREATE (:IdempotencyRecord {apiKeyId: $a, key: $k, state: 'running', requestHash: $h,
        createdAt: datetime() - duration('PT20M'), expiresAt: datetime() + duration('PT1H')})`, { a: DEV_KEY_ID, k: `${P}-kstale`, h: requestHash('POST', url, [stk('ST-1')]) })
      await tx.run(`CREATE (:IdempotencyRecord {apiKeyId: $a, key: $k, state: 'done', requestHash: 'another request', status: 200, response: '{}',
        createdAt: datetime() - duration('PT2H'), expiresAt: datetime() - duration('PT1H')})`, { a: DEV_KEY_ID, k: `${P}-kexpired` })
    })
    const stale = await post('stakeholders', S, [stk('ST-1')], { headers: { 'idempotency-key': `${P}-kstale` } })
    expect(stale.statusCode, stale.body).toBe(200)
    expect(stale.headers['idempotency-replayed']).toBeUndefined()
    expect(stale.json()).toMatchObject({ created: 1 })
    const expired = await post('stakeholders', S, [stk('ST-2')], { headers: { 'idempotency-key': `${P}-kexpired` } })
    expect(expired.statusCode, expired.body).toBe(200)
    expect(expired.json()).toMatchObject({ created: 1 })
    expect(await countNodes(S)).toBe(2)
  })

  it('two identical requests with one key at the same time: the batch runs once', async () => {
    const S = src('idem-race')
    const batch = Array.from({ length: 200 }, (_, i) => stk(`IR-${i}`))
    const headers = { 'idempotency-key': `${P}-krace` }
    const results = await Promise.all([post('stakeholders', S, batch, { headers }), post('stakeholders', S, batch, { headers })])
    const executed = results.filter((r) => r.statusCode === 200 && r.headers['idempotency-replayed'] === undefined)
    expect(executed).toHaveLength(1)
    expect(executed[0]!.json()).toMatchObject({ created: 200 })
    const other = results.find((r) => r !== executed[0])!
    if (other.statusCode === 409) expect(problem(other, 409).type).toBe('urn:cci-atlas:problem:idempotency-key-in-use')
    else expect([other.statusCode, other.headers['idempotency-replayed']]).toEqual([200, 'true'])
    expect(await countNodes(S)).toBe(200)
    expect((await feed(S)).items).toHaveLength(200)
  })

  it('a dry run does not use up the key', async () => {
    const S = src('idem-dry')
    const headers = { 'idempotency-key': `${P}-kdry` }
    expect(await sync('stakeholders', S, [stk('Q-1')], { headers, query: 'dryRun=true' })).toMatchObject({ created: 1, dryRun: true })
    expect(await countNodes(S)).toBe(0)
    expect(await sync('stakeholders', S, [stk('Q-1')], { headers })).toMatchObject({ created: 1, dryRun: false })
    expect(await countNodes(S)).toBe(1)
  })
})

describe('keys, roles and limits (authentication on)', () => {
  let auth: FastifyInstance
  const A = src('role-a')
  const B = src('role-b')
  const secrets = new Map<string, string>()

  async function key (name: string, role: Role, source: string | null = null): Promise<string> {
    const { key: secret, record } = await createKey(testDb(), { name: `${P} ${name}`, role, source })
    keyIds.push(record.id)
    secrets.set(name, record.id)
    return secret
  }
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` })

  beforeAll(async () => {
    auth = await testApp({ AUTH_DISABLED: 'false' })
  })
  afterAll(async () => { await auth?.close() })

  it('a partner of source A can neither write nor read source B (POST, GET, DELETE, changes: 403)', async () => {
    const partnerA = await key('partner-a', 'partner', A)
    const admin = await key('admin', 'admin')
    // the admin writes B's record; the partner of A writes its own
    expect(await sync('stakeholders', B, [stk('B-1')], { on: auth, headers: bearer(admin) })).toMatchObject({ created: 1 })
    expect(await sync('stakeholders', A, [stk('A-1')], { on: auth, headers: bearer(partnerA) })).toMatchObject({ created: 1 })

    for (const kind of ['stakeholders', 'destinations', 'products', 'links']) {
      const body = problem(await post(kind, B, [stk('A-x')], { on: auth, headers: bearer(partnerA) }), 403)
      expect(body.type).toBe('urn:cci-atlas:problem:forbidden')
      expect(body.detail).toContain(`may not read or write source ${B}`)
    }
    expect(problem(await post('stakeholders', B, [stk('B-1', { name: 'hijacked' })], { on: auth, headers: bearer(partnerA), query: 'dryRun=true' }), 403).type).toBe('urn:cci-atlas:problem:forbidden')
    for (const [method, url] of [['GET', `/sync/${B}/stakeholders/B-1`], ['DELETE', `/sync/${B}/stakeholders/B-1`], ['GET', `/sync/${B}/changes`]] as const) {
      expect(problem(await auth.inject({ method, url, headers: bearer(partnerA) }), 403).type, `${method} ${url}`).toBe('urn:cci-atlas:problem:forbidden')
    }
    // nothing of B changed
    expect(await countNodes(B)).toBe(1)
    expect(await versions(B)).toEqual({ 'B-1': 1 })
    expect(await query<boolean>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n) RETURN n.deletedAt IS NULL AND n.name = "Maker B-1"', { s: B })).toEqual([true])
    expect(await countNodes(A)).toBe(1)

    // its own source: every route works
    ok(await auth.inject({ url: `/sync/${A}/stakeholders/A-1`, headers: bearer(partnerA) }))
    const own = ok<FeedPage>(await auth.inject({ url: `/sync/${A}/changes`, headers: bearer(partnerA) }))
    expect(own.items.map((c) => [c.op, c.externalId])).toEqual([['create', 'A-1']])
    ok(await auth.inject({ method: 'DELETE', url: `/sync/${A}/stakeholders/A-1`, headers: bearer(partnerA) }))
    // a link of A's may reference B's record by {source, externalId} without writing B
    expect(await sync('stakeholders', A, [stk('A-2')], { on: auth, headers: bearer(partnerA) })).toMatchObject({ created: 1 })
    expect(await sync('links', A, [{ from: { externalId: 'A-2' }, type: 'PARTNERS_WITH', to: { source: B, externalId: 'B-1' } }], { on: auth, headers: bearer(partnerA) })).toMatchObject({ created: 1 })
    expect(await versions(B)).toEqual({ 'B-1': 1 })
  })

  it('only partner and admin keys may sync; no key and revoked keys get 401', async () => {
    const S = src('roles')
    for (const role of ['reader', 'analyst', 'editor'] as const) {
      const secret = await key(role, role)
      const body = problem(await post('stakeholders', S, [stk('R-1')], { on: auth, headers: bearer(secret) }), 403)
      expect(body.type).toBe('urn:cci-atlas:problem:forbidden')
      problem(await auth.inject({ url: `/sync/${S}/changes`, headers: bearer(secret) }), 403)
    }
    expect(await countNodes(S)).toBe(0)
    const none = problem(await post('stakeholders', S, [stk('R-1')], { on: auth }), 401)
    expect(none.type).toBe('urn:cci-atlas:problem:unauthorized')

    const partner = await key('revoked', 'partner', S)
    expect(await sync('stakeholders', S, [stk('R-1')], { on: auth, headers: bearer(partner) })).toMatchObject({ created: 1 })
    // revoked through the API: this process refuses the key at once (a revocation made elsewhere
    // applies within KEY_CACHE_SECONDS, test/auth.test.ts)
    const admin = await key('revoker', 'admin')
    ok(await auth.inject({ method: 'DELETE', url: `/keys/${secrets.get('revoked')!}`, headers: bearer(admin) }))
    const revoked = problem(await post('stakeholders', S, [stk('R-2')], { on: auth, headers: bearer(partner) }), 401)
    expect(revoked.detail).toMatch(/revoked/)
    problem(await auth.inject({ url: `/sync/${S}/changes`, headers: bearer(partner) }), 401)
    problem(await auth.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/R-1`, headers: bearer(partner) }), 401)
    expect(await countNodes(S)).toBe(1)
    expect(await query<boolean>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n) RETURN n.deletedAt IS NULL', { s: S })).toEqual([true])
  })

  it('Idempotency-Keys are scoped to the calling API key', async () => {
    const S = src('idem-scope')
    const one = await key('scope-1', 'partner', S)
    const two = await key('scope-2', 'partner', S)
    const headers = { 'idempotency-key': `${P}-shared` }
    expect(await sync('stakeholders', S, [stk('K-1')], { on: auth, headers: { ...headers, ...bearer(one) } })).toMatchObject({ created: 1 })
    // another key, the same Idempotency-Key, another payload: its own request, not a 422
    const res = await post('stakeholders', S, [stk('K-2')], { on: auth, headers: { ...headers, ...bearer(two) } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['idempotency-replayed']).toBeUndefined()
    expect(res.json()).toMatchObject({ created: 1 })
    // and the same payload as key one's: executed again (all unchanged), not key one's stored response
    const same = await post('stakeholders', S, [stk('K-1')], { on: auth, headers: { 'idempotency-key': `${P}-shared-2`, ...bearer(two) } })
    expect(same.json()).toMatchObject({ unchanged: 1 })
    expect(problem(await post('stakeholders', S, [stk('K-3')], { on: auth, headers: { ...headers, ...bearer(one) } }), 422).type).toBe('urn:cci-atlas:problem:idempotency-key-reused')
    expect(await countNodes(S)).toBe(2)
  })

  it('rate limit per key: 429 problem+json with Retry-After; other keys are not affected', async () => {
    const S = src('rate')
    const limited = await testApp({ AUTH_DISABLED: 'false', RATE_LIMIT_PER_MINUTE: '3' })
    try {
      const one = await key('rate-1', 'partner', S)
      const two = await key('rate-2', 'partner', S)
      expect(await sync('stakeholders', S, [stk('RL-1')], { on: limited, headers: bearer(one) })).toMatchObject({ created: 1 })
      ok(await limited.inject({ url: `/sync/${S}/changes`, headers: bearer(one) }))
      ok(await limited.inject({ url: `/sync/${S}/stakeholders/RL-1`, headers: bearer(one) }))
      const res = await post('stakeholders', S, [stk('RL-2')], { on: limited, headers: bearer(one) })
      const body = problem(res, 429)
      expect(body.type).toBe('urn:cci-atlas:problem:rate-limited')
      expect(body.detail).toMatch(/at most 3 requests per minute/)
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
      expect(await countNodes(S)).toBe(1)
      ok(await limited.inject({ url: `/sync/${S}/changes`, headers: bearer(two) }))
    } finally {
      await limited.close()
    }
  })
})

describe('per-source concurrency limit', () => {
  it('a second batch for a source while one runs: 429 with Retry-After; afterwards it goes through', async () => {
    const S = src('conc')
    const narrow = await testApp({ SYNC_CONCURRENCY_PER_SOURCE: '1' })
    try {
      const batch = Array.from({ length: 1500 }, (_, i) => stk(`C-${i}`, { tags: ['t1', 't2'], description: 'x'.repeat(200) }))
      const results = await Promise.all([post('stakeholders', S, batch, { on: narrow }), post('stakeholders', S, batch, { on: narrow })])
      const statuses = results.map((r) => r.statusCode).sort()
      expect(statuses).toEqual([200, 429])
      const refused = results.find((r) => r.statusCode === 429)!
      expect(problem(refused, 429).type).toBe('urn:cci-atlas:problem:sync-concurrency')
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      expect(results.find((r) => r.statusCode === 200)!.json()).toMatchObject({ created: 1500 })
      // another source is not held up by it
      const other = src('conc-other')
      const both = await Promise.all([post('stakeholders', S, batch.slice(0, 300), { on: narrow }), post('stakeholders', other, [stk('C-0')], { on: narrow })])
      expect(both[1]!.statusCode, both[1]!.body).toBe(200)
      // the slot is released: the retry goes through, all unchanged
      const retry = await sync('stakeholders', S, batch, { on: narrow })
      expect(retry).toMatchObject({ created: 0, unchanged: 1500 })
      expect(await countNodes(S)).toBe(1500)
    } finally {
      await narrow.close()
    }
  }, 60_000)
})

describe('reliability', () => {
  it('50 concurrent upserts of one (source, externalId) leave one node, one ExternalRef, and 50 versions', async () => {
    const S = src('race')
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => post('stakeholders', S, [stk('RACE-1', { name: `Racer ${i}` })])))
    expect(results.map((r) => r.statusCode).filter((s) => s !== 200), results.find((r) => r.statusCode !== 200)?.body).toEqual([])
    const statuses = results.map((r) => (r.json() as Report).records[0]!.status)
    expect(statuses.filter((s) => s === 'created')).toHaveLength(1)
    expect(statuses.filter((s) => s === 'updated')).toHaveLength(49)
    expect(await countNodes(S)).toBe(1)
    expect(await countRefs(S)).toBe(1)
    expect((await query<number>('MATCH (n:Entity) WHERE n.source = $s RETURN count(n)', { s: S }))[0]).toBe(1)
    expect((await query<number>('MATCH (:Entity)-[r:KNOWN_AS]->(:ExternalRef {source: $s}) RETURN count(r)', { s: S }))[0]).toBe(1)
    expect((await query<number>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n)-[r:LOCATED_IN|WORKS_IN|ACTIVE_IN]->() RETURN count(r)', { s: S }))[0]).toBe(3)
    // every update got its own version: none was lost
    const reported = results.map((r) => (r.json() as Report).records[0]!.version).sort((a, b) => a! - b!)
    expect(reported).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(await versions(S)).toEqual({ 'RACE-1': 50 })
    const page = await feed(S)
    expect(page.items.map((c) => c.version)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  }, 60_000)
})

describe('hostile partner data', () => {
  const HOSTILE = [
    "it's \"quoted\"",
    '`backticks` and \\backslash\\',
    '})',
    "'}) MATCH (n) DETACH DELETE n //",
    'MATCH (n) DETACH DELETE n',
    '${jndi:ldap://x}{{7*7}}<script>alert(1)</script>',
    '🌾 rice 🧵 silk 👩🏽‍🎨',
    'مرحبا بالعالم שלום \u202Eevil\u202C',
    'a/b?c=d#e f%20',
    'ខ្មែរ ລາວ ไทย Việt',
    '$source',
    ' '
  ]

  it('odd ids and names round-trip as data', async () => {
    const S = src('hostile')
    const batch = HOSTILE.map((s, i) => stk(s, { name: s === ' ' ? 'blank id' : s, description: HOSTILE.join(' | '), tags: [`t${i}`, s.slice(0, 100)] }))
    const report = await sync('stakeholders', S, batch)
    expect(report).toMatchObject({ received: HOSTILE.length, created: HOSTILE.length, failed: 0 })
    expect(report.records.map((r) => r.externalId)).toEqual(HOSTILE)
    expect(await countNodes(S)).toBe(HOSTILE.length)
    for (const s of HOSTILE) {
      const res = await app.inject({ url: `/sync/${S}/stakeholders/${encodeURIComponent(s)}` })
      const got = ok<Json>(res)
      expect(got.externalId).toBe(s)
      expect(got.name).toBe(s === ' ' ? 'blank id' : s)
      expect(got.description).toBe(HOSTILE.join(' | '))
    }
    // the same again: unchanged (the hashes are stable for all of it)
    expect(await sync('stakeholders', S, batch)).toMatchObject({ unchanged: HOSTILE.length })
    // links by hostile keys resolve as data too
    const links = await sync('links', S, [{ from: { externalId: HOSTILE[3]! }, type: 'SUPPLIES', to: { externalId: HOSTILE[4]! } }])
    expect(links).toMatchObject({ created: 1 })
    const del = await app.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/${encodeURIComponent(HOSTILE[3]!)}` })
    expect(del.statusCode, del.body).toBe(200)
    // the graph is still there
    expect((await query<number>("MATCH (p:Province {id: 'KH-17'}) RETURN count(p)"))[0]).toBe(1)
    expect(await countNodes(S)).toBe(HOSTILE.length)
  })

  it('too long, nulls, wrong types and junk get 400 with per-record errors, never a 500', async () => {
    const S = src('junk')
    const cases: [string, unknown, string][] = [
      ['externalId too long', stk('x'.repeat(201)), '/externalId'],
      ['name too long', stk('J-1', { name: 'n'.repeat(301) }), '/name'],
      ['description too long', stk('J-2', { description: 'd'.repeat(5001) }), '/description'],
      ['externalId null', stk('J-3', { externalId: null }), '/externalId'],
      ['externalId missing', { kind: 'NGO', name: 'no id' }, '/externalId'],
      ['externalId empty', stk(''), '/externalId'],
      ['name null', stk('J-4', { name: null }), '/name'],
      ['kind null', stk('J-5', { kind: null }), '/kind'],
      ['kind injected', stk('J-6', { kind: 'Stakeholder:Admin`) DETACH DELETE n //' }), '/kind'],
      ['province injected', stk('J-7', { province: "KH-17'}) MATCH (n) DETACH DELETE n //" }), '/province'],
      ['sectors as object', stk('J-8', { sectors: { $ne: null } }), '/sectors'],
      ['location junk', stk('J-9', { location: { latitude: 'north', longitude: 500 } }), '/location/latitude'],
      ['record null', null, '/'],
      ['record a string', 'MATCH (n) DETACH DELETE n', '/'],
      ['record an array', [stk('J-10')], '/']
    ]
    for (const [label, record, pointer] of cases) {
      const res = await post('stakeholders', S, [stk('OK-1'), record])
      expect(res.statusCode, `${label}: ${res.body}`).toBe(400)
      const body = problem(res, 400)
      expect(body.type, label).toBe('urn:cci-atlas:problem:invalid-records')
      const errs = body.errors as RecordError[]
      expect(errs.map((e) => e.index), label).toEqual([1])
      expect(errs[0]!.errors.map((e) => e.pointer), label).toContain(pointer)
    }
    // a __proto__ key is refused by the JSON parser
    const proto = await app.inject({ method: 'POST', url: `/sync/${S}/stakeholders`, headers: { 'content-type': 'application/json' }, payload: '[{"externalId":"J-11","kind":"NGO","name":"p","__proto__":{"admin":true}}]' })
    problem(proto, 400)
    // links: hostile references are unknown records, not errors of the database
    const links = await post('links', S, [
      { from: { externalId: "') MATCH (n) DETACH DELETE n //" }, type: 'SUPPLIES', to: { id: 'KH-17' } },
      { from: { source: "X'Y", externalId: 'a' }, type: 'SUPPLIES', to: { externalId: 'b' } },
      { from: { externalId: 'a' }, type: 'DETACH_DELETE', to: { externalId: 'b' } },
      { from: { id: '`n`' }, type: 'SUPPLIES', to: { externalId: 'b' } }
    ])
    const lb = problem(links, 400)
    expect((lb.errors as RecordError[]).map((e) => e.index)).toEqual([0, 1, 2, 3])
    expect(await countNodes(S)).toBe(0)

    // in the path
    problem(await app.inject({ url: `/sync/${S}/stakeholders/${'x'.repeat(201)}` }), 400)
    problem(await app.inject({ url: `/sync/${encodeURIComponent("A'B")}/stakeholders/x` }), 400)
    problem(await post('stakeholders', encodeURIComponent("x') DETACH DELETE n"), [stk('J-1')]), 400)
    problem(await app.inject({ method: 'DELETE', url: `/sync/${S}/stakeholders/${encodeURIComponent("') MATCH (n) DETACH DELETE n //")}` }), 404)
    // malformed JSON and a lone surrogate
    const malformed = await app.inject({ method: 'POST', url: `/sync/${S}/stakeholders`, headers: { 'content-type': 'application/json' }, payload: '[{"externalId": "a"' })
    problem(malformed, 400)
    const surrogate = await app.inject({ method: 'POST', url: `/sync/${S}/stakeholders`, headers: { 'content-type': 'application/json' }, payload: '[{"externalId":"S-\\ud800","kind":"NGO","name":"\\udfff lone"}]' })
    expect([200, 400], surrogate.body).toContain(surrogate.statusCode)
    expect(surrogate.body).not.toMatch(INTERNALS)
  })
})

