// Partner sync of regulations and initiatives (src/modules/sync): the record fields, the links a
// regulation's record manages (countries → APPLIES_TO, sectors → COVERS), the link records of the
// new types (ISSUED_BY, ADDRESSES, RUNS, SUPPORTS, and APPLIES_TO/COVERS of a regulation that is
// not a partner record), tombstones and the feed, against the real, shared Neo4j. Every source
// this file writes starts with its own prefix P.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { closeTestDriver, testApp, testDb, uniquePrefix } from './helpers/app.js'
import { problem as sharedProblem } from './helpers/assert.js'

type Json = Record<string, unknown>
type ProblemError = { in?: string, pointer: string, message: string }
type RecordError = { index: number, externalId: string | null, errors: ProblemError[] }
type RecordResult = { index: number, externalId: string | null, id: string, status: string, version: number | null }
type Report = { kind: string, dryRun: boolean, received: number, created: number, updated: number, unchanged: number, failed: number, records: RecordResult[], errors: RecordError[] }
type Change = { op: string, entityId: string, entityType: string, version: number, source: string | null, externalId: string | null }

const P = uniquePrefix('syncreg')
const src = (name: string) => `${P}-${name}`
/** one word, for full-text lookups (q=) of this file's records */
const TOKEN = P.replace(/[^A-Za-z0-9]/g, '')
let app: FastifyInstance
const crudIds: string[] = []

function ok<T> (res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status)
  return res.json() as T
}

function problem (res: LightMyRequestResponse, status: number): Json & { type: string, detail: string, errors?: RecordError[] } {
  return sharedProblem(res, status) as Json & { type: string, detail: string, errors?: RecordError[] }
}

async function post (kind: string, source: string, records: unknown[], query = ''): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/sync/${source}/${kind}${query === '' ? '' : `?${query}`}`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(records) })
}

async function sync (kind: string, source: string, records: unknown[], query = ''): Promise<Report> {
  return ok<Report>(await post(kind, source, records, query))
}

async function query<T = unknown> (statement: string, params: Json = {}): Promise<T[]> {
  const result = await testDb().read((tx) => tx.run(statement, params))
  return result.records.map((r) => {
    const v = r.get(0) as unknown
    return (typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v) as T
  })
}

/** the links a source's record has, as TYPE>target, sorted */
async function linksOf (source: string, externalId: string): Promise<string[]> {
  const rows = await query<string>(`MATCH (x:ExternalRef {source: $s, externalId: $e})<-[:KNOWN_AS]-(n)-[r]->(t)
    WHERE NOT r:KNOWN_AS RETURN type(r) + ">" + coalesce(t.externalId, t.id)`, { s: source, e: externalId })
  return rows.sort()
}

async function countNodes (source: string): Promise<number> {
  return (await query<number>('MATCH (x:ExternalRef {source: $s})<-[:KNOWN_AS]-(n) RETURN count(n)', { s: source }))[0]!
}

async function feed (source: string): Promise<Change[]> {
  return ok<{ items: Change[] }>(await app.inject({ url: `/sync/${source}/changes?since=0&limit=1000` })).items
}

const law = (externalId: string, extra: Json = {}): Json => ({
  externalId, title: `Law ${externalId} on Copyright in Digital Markets`, kind: 'law', scope: 'national', year: 2022, topics: ['ip', 'digital'], countries: ['KH'], sectors: ['fcs-c', 'fcs-e'], ...extra
})
const programme = (externalId: string, extra: Json = {}): Json => ({
  externalId, name: `Programme ${externalId}`, kind: 'training', green: false, startYear: 2024, budgetUsd: 100000, ...extra
})

beforeAll(async () => {
  app = await testApp()
})

afterAll(async () => {
  await testDb().write(async (tx) => {
    await tx.run(`MATCH (x:ExternalRef) WHERE x.source STARTS WITH $p
                  OPTIONAL MATCH (n)-[:KNOWN_AS]->(x)
                  DETACH DELETE n, x`, { p: P })
    await tx.run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: crudIds })
  })
  await app?.close()
  await closeTestDriver()
})

describe('regulations', () => {
  it('creates regulations with their managed APPLIES_TO and COVERS links; the same batch again is unchanged; a change replaces the links', async () => {
    const S = src('reg')
    const batch = [
      law('R-1'),
      { externalId: 'R-2', title: `Regional Framework on Creative Economy ${TOKEN}`, kind: 'framework', scope: 'asean', year: 2021, topics: ['culture', 'trade'], body: 'ASEAN', countries: ['KH', 'LA', 'TH'] }
    ]
    const first = await sync('regulations', S, batch)
    expect(first).toMatchObject({ kind: 'regulations', received: 2, created: 2, updated: 0, unchanged: 0, failed: 0, errors: [] })
    expect(first.records.map((r) => [r.externalId, r.status, r.version])).toEqual([['R-1', 'created', 1], ['R-2', 'created', 1]])
    for (const r of first.records) expect(r.id).toMatch(/^reg-[A-Za-z0-9]{22}$/)
    expect(await linksOf(S, 'R-1')).toEqual(['APPLIES_TO>KH', 'COVERS>fcs-c', 'COVERS>fcs-e'])
    expect(await linksOf(S, 'R-2')).toEqual(['APPLIES_TO>KH', 'APPLIES_TO>LA', 'APPLIES_TO>TH'])
    // the regulation's kind is a property (only stakeholders turn kind into a label)
    const labels = await query<string[]>('MATCH (x:ExternalRef {source: $s, externalId: "R-1"})<-[:KNOWN_AS]-(n) RETURN labels(n)', { s: S })
    expect([...labels[0]!].sort()).toEqual(['Entity', 'Regulation'])
    const got = ok<Json>(await app.inject({ url: `/sync/${S}/regulations/R-1` }))
    expect(got).toMatchObject({ id: first.records[0]!.id, externalId: 'R-1', source: S, title: 'Law R-1 on Copyright in Digital Markets', kind: 'law', scope: 'national', year: 2022, topics: ['ip', 'digital'], version: 1 })
    // it is an ordinary regulation of the atlas: read, and found by the country filter through APPLIES_TO
    expect(ok<Json>(await app.inject({ url: `/regulations/${first.records[1]!.id}` }))).toMatchObject({ title: `Regional Framework on Creative Economy ${TOKEN}`, body: 'ASEAN' })
    const inLaos = ok<{ items: Json[] }>(await app.inject({ url: `/regulations?country=LA&q=${TOKEN}` }))
    expect(inLaos.items.map((i) => i.id)).toContain(first.records[1]!.id)

    const again = await sync('regulations', S, [...batch].reverse())
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 })
    expect(again.records.map((r) => [r.externalId, r.version])).toEqual([['R-2', 1], ['R-1', 1]])

    const changed = await sync('regulations', S, [law('R-1', { year: 2023, sectors: ['fcs-c'], countries: ['KH', 'VN'] })])
    expect(changed.records.map((r) => [r.status, r.version])).toEqual([['updated', 2]])
    expect(await linksOf(S, 'R-1')).toEqual(['APPLIES_TO>KH', 'APPLIES_TO>VN', 'COVERS>fcs-c'])
    expect(await countNodes(S)).toBe(2)
    const changes = (await feed(S)).map((c) => `${c.entityType}:${c.op}:${c.externalId}:${c.version}`).sort()
    expect(changes).toEqual(['Regulation:create:R-1:1', 'Regulation:create:R-2:1', 'Regulation:update:R-1:2'])
  })

  it('refuses invalid references and fields record by record; atomic writes nothing, partial writes the valid ones', async () => {
    const S = src('reg-bad')
    const batch = [
      law('B-1'),
      law('B-2', { countries: ['KH-17'] }), // a province, not a country
      law('B-3', { sectors: ['fcs-c', 'no-such-sector'] }),
      law('B-4', { country: 'KH' }), // stakeholders have country; regulations have countries
      law('B-5', { scope: 'galactic' }),
      { externalId: 'B-6', kind: 'law', scope: 'national', topics: [] } // no title
    ]
    const body = problem(await post('regulations', S, batch), 400)
    expect(body.type).toBe('urn:cci-atlas:problem:invalid-records')
    expect(body.errors!.map((e) => [e.index, e.externalId, e.errors.map((x) => `${x.pointer} ${x.message}`)])).toEqual([
      [1, 'B-2', ['/countries/0 KH-17 is a Province, not a country']],
      [2, 'B-3', ['/sectors/1 no node with id no-such-sector']],
      [3, 'B-4', ["/country unknown property 'country'"]],
      [4, 'B-5', [expect.stringMatching(/^\/scope /)]],
      [5, 'B-6', ['/title is required']]
    ])
    expect(await countNodes(S)).toBe(0)
    const partial = await sync('regulations', S, batch, 'mode=partial')
    expect(partial).toMatchObject({ created: 1, failed: 5 })
    expect(partial.records.map((r) => r.externalId)).toEqual(['B-1'])
    expect(await countNodes(S)).toBe(1)
  })

  it('dry run: reports what would change, writes nothing', async () => {
    const S = src('reg-dry')
    const dry = await sync('regulations', S, [law('Y-1')], 'dryRun=true')
    expect(dry).toMatchObject({ dryRun: true, created: 1 })
    expect(dry.records.map((r) => [r.status, r.version])).toEqual([['created', null]])
    expect(await countNodes(S)).toBe(0)
    expect(await feed(S)).toEqual([])
  })
})

describe('initiatives', () => {
  it('creates initiatives (no managed links); again: unchanged; a reference field is an unknown field', async () => {
    const S = src('ini')
    const first = await sync('initiatives', S, [programme('I-1'), programme('I-2', { kind: 'infrastructure', green: true, endYear: 2027 })])
    expect(first).toMatchObject({ kind: 'initiatives', created: 2, failed: 0 })
    for (const r of first.records) expect(r.id).toMatch(/^ini-[A-Za-z0-9]{22}$/)
    const labels = await query<string[]>('MATCH (x:ExternalRef {source: $s, externalId: "I-2"})<-[:KNOWN_AS]-(n) RETURN labels(n)', { s: S })
    expect([...labels[0]!].sort()).toEqual(['Entity', 'Initiative'])
    expect(ok<Json>(await app.inject({ url: `/sync/${S}/initiatives/I-2` }))).toMatchObject({ name: 'Programme I-2', kind: 'infrastructure', green: true, startYear: 2024, endYear: 2027, budgetUsd: 100000, version: 1 })
    expect(await linksOf(S, 'I-1')).toEqual([])
    expect(await sync('initiatives', S, [programme('I-1'), programme('I-2', { kind: 'infrastructure', green: true, endYear: 2027 })])).toMatchObject({ created: 0, updated: 0, unchanged: 2 })

    const bad = problem(await post('initiatives', S, [programme('I-3', { countries: ['KH'] }), programme('I-4', { green: 'yes' }), { externalId: 'I-5', name: 'No kind', green: false }]), 400)
    expect(bad.errors!.map((e) => [e.index, e.errors.map((x) => x.pointer)])).toEqual([[0, ['/countries']], [1, ['/green']], [2, ['/kind']]])
    expect(await countNodes(S)).toBe(2)
    // the same externalId under another kind is not found there
    problem(await app.inject({ url: `/sync/${S}/regulations/I-1` }), 404)
  })
})

describe('tombstones', () => {
  it('DELETE tombstones a regulation and an initiative; the feed has the deletes; syncing again brings them back', async () => {
    const S = src('tomb')
    const reg = await sync('regulations', S, [law('T-R')])
    const ini = await sync('initiatives', S, [programme('T-I')])
    const regId = reg.records[0]!.id
    expect(ok(await app.inject({ method: 'DELETE', url: `/sync/${S}/regulations/T-R` }))).toEqual({ id: regId, version: 2 })
    expect(ok(await app.inject({ method: 'DELETE', url: `/sync/${S}/initiatives/T-I` }))).toEqual({ id: ini.records[0]!.id, version: 2 })
    problem(await app.inject({ url: `/regulations/${regId}` }), 404)
    problem(await app.inject({ url: `/initiatives/${ini.records[0]!.id}` }), 404)
    expect(problem(await app.inject({ method: 'DELETE', url: `/sync/${S}/regulations/T-R` }), 404).detail).toMatch(/T-R/)
    problem(await app.inject({ method: 'DELETE', url: `/sync/${S}/initiatives/T-R` }), 404) // a regulation, not an initiative
    // a tombstoned record is no link end
    await sync('stakeholders', S, [{ externalId: 'T-G', kind: 'Government', name: 'Ministry T-G', country: 'KH' }])
    const gone = problem(await post('links', S, [{ from: { externalId: 'T-R' }, type: 'ISSUED_BY', to: { externalId: 'T-G' } }]), 400)
    expect(gone.errors!.map((e) => e.errors.map((x) => x.pointer))).toEqual([['/from']])

    const back = await sync('regulations', S, [law('T-R')])
    expect(back.records.map((r) => [r.status, r.version])).toEqual([['updated', 3]])
    expect(await linksOf(S, 'T-R')).toEqual(['APPLIES_TO>KH', 'COVERS>fcs-c', 'COVERS>fcs-e'])
    const changes = (await feed(S)).filter((c) => c.entityType !== 'Stakeholder').map((c) => `${c.entityType}:${c.op}:${c.externalId}:${c.version}`)
    expect(changes).toEqual(['Regulation:create:T-R:1', 'Initiative:create:T-I:1', 'Regulation:delete:T-R:2', 'Initiative:delete:T-I:2', 'Regulation:update:T-R:3'])
  })
})

describe('link records of the new types', () => {
  it('ISSUED_BY, ADDRESSES, RUNS, SUPPORTS between partner records and reference nodes; APPLIES_TO and COVERS of a regulation that is not a partner record', async () => {
    const S = src('lnk')
    await sync('stakeholders', S, [
      { externalId: 'G-1', kind: 'Government', name: 'Ministry of Culture G-1', country: 'KH' },
      { externalId: 'N-1', kind: 'NGO', name: 'Craft Futures N-1', province: 'KH-17' },
      { externalId: 'C-1', kind: 'CreativeProducer', name: 'Weavers C-1', province: 'KH-17' }
    ])
    await sync('regulations', S, [law('R-1')])
    await sync('initiatives', S, [programme('I-1')])
    const curated = ok<{ id: string }>(await app.inject({ method: 'POST', url: '/regulations', payload: { title: `Curated decree ${TOKEN}`, kind: 'decree', scope: 'national', topics: ['tourism'] } }), 201)
    crudIds.push(curated.id)

    const links = [
      { from: { externalId: 'R-1' }, type: 'ISSUED_BY', to: { externalId: 'G-1' } },
      { from: { externalId: 'R-1' }, type: 'ADDRESSES', to: { id: 'R04' } },
      { from: { externalId: 'I-1' }, type: 'ADDRESSES', to: { id: 'R08' }, properties: { inferred: true } },
      { from: { externalId: 'G-1' }, type: 'RUNS', to: { externalId: 'I-1' } },
      { from: { externalId: 'N-1' }, type: 'RUNS', to: { externalId: 'I-1' } },
      { from: { externalId: 'I-1' }, type: 'SUPPORTS', to: { externalId: 'C-1' }, properties: { amountUsd: 2500 } },
      { from: { id: curated.id }, type: 'APPLIES_TO', to: { id: 'LA' } },
      { from: { id: curated.id }, type: 'COVERS', to: { id: 'fcs-g-travel-services' } },
      { from: { id: curated.id }, type: 'ISSUED_BY', to: { externalId: 'G-1' } }
    ]
    const first = await sync('links', S, links)
    expect(first).toMatchObject({ kind: 'links', received: 9, created: 9, updated: 0, unchanged: 0, failed: 0 })
    expect(await linksOf(S, 'R-1')).toEqual(['ADDRESSES>R04', 'APPLIES_TO>KH', 'COVERS>fcs-c', 'COVERS>fcs-e', 'ISSUED_BY>G-1'])
    expect(await linksOf(S, 'I-1')).toEqual(['ADDRESSES>R08', 'SUPPORTS>C-1'])
    expect(await linksOf(S, 'G-1')).toEqual(['LOCATED_IN>KH', 'RUNS>I-1'])
    expect(await linksOf(S, 'N-1')).toEqual(['LOCATED_IN>KH-17', 'RUNS>I-1'])
    const curatedLinks = await query<string>('MATCH (n:Regulation {id: $id})-[r {source: $s}]->(t) RETURN type(r) + ">" + coalesce(t.externalId, t.id)', { id: curated.id, s: S })
    expect(curatedLinks.sort()).toEqual(['APPLIES_TO>LA', 'COVERS>fcs-g-travel-services', 'ISSUED_BY>G-1'])
    expect(await query<unknown>('MATCH ()-[r:SUPPORTS {source: $s}]->() RETURN r.amountUsd', { s: S })).toEqual([2500])
    expect(await query<unknown>('MATCH ()-[r:ADDRESSES {source: $s}]->(:Recommendation {id: "R08"}) RETURN r.inferred', { s: S })).toEqual([true])
    // the curated regulation is found by country through the partner's APPLIES_TO link
    expect(ok<{ items: Json[] }>(await app.inject({ url: `/regulations?country=LA&q=${TOKEN}` })).items.map((i) => i.id)).toContain(curated.id)

    expect(await sync('links', S, links)).toMatchObject({ created: 0, updated: 0, unchanged: 9 })
    const changed = await sync('links', S, [{ ...links[5], properties: { amountUsd: 3000 } }])
    expect(changed.records.map((r) => [r.status, r.version])).toEqual([['updated', 2]])
    const linkChanges = (await feed(S)).filter((c) => c.entityType === 'Link').map((c) => `${c.op}:${c.version}`).sort()
    expect(linkChanges).toEqual([...Array(9).fill('create:1'), 'update:2'])
  })

  it('refuses wrong triples, bad properties, unknown ends, and links a synced record manages through its fields', async () => {
    const S = src('lnk-bad')
    await sync('stakeholders', S, [
      { externalId: 'G-1', kind: 'Government', name: 'Ministry G-1', country: 'KH' },
      { externalId: 'C-1', kind: 'CreativeProducer', name: 'Weavers C-1', province: 'KH-17' }
    ])
    await sync('regulations', S, [law('R-1')])
    await sync('initiatives', S, [programme('I-1')])
    const bad = [
      { from: { externalId: 'R-1' }, type: 'ISSUED_BY', to: { externalId: 'C-1' } }, // 0: issued by a producer
      { from: { externalId: 'G-1' }, type: 'SUPPORTS', to: { externalId: 'I-1' } }, // 1: backwards
      { from: { externalId: 'I-1' }, type: 'RUNS', to: { externalId: 'G-1' } }, // 2: backwards
      { from: { externalId: 'I-1' }, type: 'APPLIES_TO', to: { id: 'KH' } }, // 3: initiatives do not apply to countries
      { from: { externalId: 'R-1' }, type: 'ADDRESSES', to: { externalId: 'G-1' } }, // 4: not a recommendation
      { from: { externalId: 'I-1' }, type: 'SUPPORTS', to: { externalId: 'C-1' }, properties: { amountUsd: -5 } }, // 5
      { from: { externalId: 'R-1' }, type: 'ADDRESSES', to: { id: 'R99' } }, // 6: no such node
      { from: { externalId: 'R-1' }, type: 'APPLIES_TO', to: { id: 'LA' } }, // 7: managed by the regulation's countries field
      { from: { externalId: 'R-1' }, type: 'COVERS', to: { id: 'fcs-b' } }, // 8: managed by its sectors field
      { from: { externalId: 'C-1' }, type: 'LOCATED_IN', to: { id: 'KH-2' } }, // 9: managed by the stakeholder's province/country fields
      { from: { externalId: 'R-1' }, type: 'ADDRESSES', to: { id: 'R04' }, properties: { inferred: 'maybe' } }, // 10
      { from: { externalId: 'I-1' }, type: 'ADDRESSES', to: { id: 'R08' } } // 11: valid
    ]
    const body = problem(await post('links', S, bad), 400)
    expect(body.type).toBe('urn:cci-atlas:problem:invalid-records')
    const errs = body.errors!
    expect(errs.map((e) => [e.index, e.errors.map((x) => x.pointer)])).toEqual([
      [0, ['/type']], [1, ['/type']], [2, ['/type']], [3, ['/type']], [4, ['/type']], [5, ['/properties/amountUsd']],
      [6, ['/to']], [7, ['/type']], [8, ['/type']], [9, ['/type']], [10, ['/properties/inferred']]
    ])
    expect(errs[0]!.errors[0]!.message).toMatch(/^\(Regulation\)-\[:ISSUED_BY\]->\(\w+:\w+\) is not allowed; ISSUED_BY joins \(Regulation\)-\[:ISSUED_BY\]->\(Government\)$/)
    expect(errs[7]!.errors[0]!.message).toBe('APPLIES_TO links of a synced regulation come from its record (countries); send them there, not as link records')
    expect(errs[8]!.errors[0]!.message).toBe('COVERS links of a synced regulation come from its record (sectors); send them there, not as link records')
    expect(errs[9]!.errors[0]!.message).toBe('LOCATED_IN links of a synced stakeholder come from its record (province or country); send them there, not as link records')
    expect((await query<number>('MATCH ()-[r {source: $s}]->() WHERE NOT r:KNOWN_AS AND r.contentHash IS NOT NULL RETURN count(r)', { s: S }))[0]).toBe(0)
    // partial: the one valid record is written
    const partial = await sync('links', S, bad, 'mode=partial')
    expect(partial).toMatchObject({ created: 1, failed: 11 })
    expect(partial.records.map((r) => r.index)).toEqual([11])
    expect(await linksOf(S, 'I-1')).toEqual(['ADDRESSES>R08'])
  })
})
