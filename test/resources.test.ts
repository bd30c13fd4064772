// CRUD for every resource of the table (src/modules/resources), against the real Neo4j.
// The file builds its own small graph (countries XQ and XR, provinces XQ-01/XQ-02, a handful of
// stakeholders far out in the South Atlantic) so every expected list is worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { problem } from './helpers/assert.js'
import { closeTestDriver, testApp, testDb, uniquePrefix } from './helpers/app.js'

type Json = Record<string, unknown>
type Item = Json & { id: string, version: number }
type Page = { items: Item[], nextCursor: string | null }

const P = uniquePrefix('res')
const COUNTRY = 'XQ'
const COUNTRY_2 = 'XR'
const PROV_1 = 'XQ-01'
const PROV_2 = 'XQ-02'
const PROV_X = 'XR-01'
const FIXED_IDS = [COUNTRY, COUNTRY_2, PROV_1, PROV_2, PROV_X]
/** a word that occurs in no other name: the full-text probe */
const WORD = `zq${P.replace(/[^a-z0-9]/g, '').slice(-10)}`
const TAG = `${P}-tag`
const BULK_TAG = `${P}-bulk`
const CENTER = { latitude: -30, longitude: -20 }

// The five listed stakeholders, all in XQ. Distances from CENTER (-30, -20), 1° lat ≈ 111.2 km,
// 1° lon at 30°S ≈ 96.3 km:  s1 0 km, s2 (-29.9,-20) ≈ 11.1 km, s4 (-30,-20.1) ≈ 9.6 km,
// s3 (-30,-19.5) ≈ 48.2 km, s5 no location.
const S1 = `${P}-s1`
const S2 = `${P}-s2`
const S3 = `${P}-s3`
const S4 = `${P}-s4`
const S5 = `${P}-s5`
const SECTOR_ROOT = `${P}-sec-root`
const SECTOR_LEAF = `${P}-sec-leaf`
const GOV = `${P}-gov`

let app: FastifyInstance


function ok<T = Item> (res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status)
  return res.json() as T
}

async function post (path: string, payload: Json): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: `/${path}`, payload })
}

async function create (path: string, payload: Json): Promise<Item> {
  return ok(await post(path, payload), 201)
}

async function get (url: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url })
}

async function list (url: string): Promise<Page> {
  return ok<Page>(await get(url))
}

async function ids (url: string): Promise<string[]> {
  return (await list(url)).items.map((i) => i.id)
}

async function cleanup (): Promise<void> {
  await testDb().write(async (tx) => {
    await tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OR n.id IN $ids DETACH DELETE n', { prefix: P, ids: FIXED_IDS })
  })
}

beforeAll(async () => {
  app = await testApp()
  // Leftovers of a crashed earlier run (never those of a run in progress: they are younger).
  await testDb().write(async (tx) => {
    await tx.run(`MATCH (n:Entity) WHERE (n.id IN $ids OR n.id STARTS WITH 'XQ-' OR n.id STARTS WITH 'XR-')
      AND n.createdAt < datetime() - duration('PT10M') DETACH DELETE n`, { ids: FIXED_IDS })
  })

  await create('countries', { id: COUNTRY, name: 'Testland Q' })
  await create('provinces', { id: PROV_1, name: 'Q North', links: [{ type: 'IN', to: COUNTRY }] })
  await create('provinces', { id: PROV_2, name: 'Q South', location: { latitude: -31, longitude: -21 }, links: [{ type: 'IN', to: COUNTRY }] })
  await create('sectors', { id: SECTOR_ROOT, name: `Root ${P}`, level: 'domain', domain: 'T' })
  await create('sectors', { id: SECTOR_LEAF, name: `Leaf ${P}`, level: 'subdomain', tradition: 'digital', links: [{ type: 'BROADER', to: SECTOR_ROOT }] })

  // Created one after the other, so createdAt order is s1..s5 (ties broken by id, same order).
  await create('stakeholders', {
    id: S1, kind: 'CreativeProducer', name: `Alpha ${WORD} weavers`, description: 'Hand-loomed silk from the lagoon',
    location: { latitude: -30, longitude: -20 }, tags: [TAG, 'silk'], founded: 1999, size: 'micro',
    links: [{ type: 'LOCATED_IN', to: PROV_1 }, { type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'ACTIVE_IN', to: 'stage-production' }]
  })
  await create('stakeholders', {
    id: S2, kind: 'TourismOperator', name: 'Bravo tours', location: { latitude: -29.9, longitude: -20 }, tags: [TAG],
    links: [{ type: 'LOCATED_IN', to: PROV_1 }]
  })
  await create('stakeholders', {
    id: S3, kind: 'Investor', name: 'Charlie capital', location: { latitude: -30, longitude: -19.5 }, tags: [TAG],
    links: [{ type: 'LOCATED_IN', to: PROV_2 }, { type: 'WORKS_IN', to: SECTOR_LEAF }]
  })
  await create('stakeholders', {
    id: S4, kind: 'NGO', name: 'Delta collective', location: { latitude: -30, longitude: -20.1 }, tags: [TAG],
    links: [{ type: 'LOCATED_IN', to: PROV_2 }, { type: 'PARTNERS_WITH', from: S2, properties: { since: 2020 } }]
  })
  // same name as s4: the id breaks the tie; located in the country directly, no coordinates
  await create('stakeholders', { id: S5, kind: 'NGO', name: 'Delta collective', tags: [TAG], links: [{ type: 'LOCATED_IN', to: COUNTRY }] })
  // a government body, not located anywhere, for ISSUED_BY
  await create('stakeholders', { id: GOV, kind: 'Government', name: `Ministry of tests ${P}` })
})

afterAll(async () => {
  await cleanup()
  await app.close()
  await closeTestDriver()
})

const ALL5 = [S1, S2, S3, S4, S5]

describe('stakeholders: list filters', () => {
  it('country finds those in its provinces and those located in it directly, ordered by name then id', async () => {
    expect(await ids(`/stakeholders?country=${COUNTRY}`)).toEqual(ALL5)
    expect(await ids(`/stakeholders?tag=${TAG}`)).toEqual(ALL5)
  })

  it('province', async () => {
    expect(await ids(`/stakeholders?province=${PROV_1}`)).toEqual([S1, S2])
    expect(await ids(`/stakeholders?province=${PROV_2}`)).toEqual([S3, S4])
  })

  it('kind, and an unknown kind is a 400 listing the allowed ones', async () => {
    expect(await ids(`/stakeholders?country=${COUNTRY}&kind=NGO`)).toEqual([S4, S5])
    expect(await ids(`/stakeholders?country=${COUNTRY}&kind=Investor`)).toEqual([S3])
    const body = problem(await get(`/stakeholders?country=${COUNTRY}&kind=Wizard`), 400)
    const err = body.errors?.find((e) => e.pointer === '/kind')
    expect(err?.in).toBe('querystring')
    expect(err?.message).toContain('CreativeProducer')
    expect(err?.message).toContain('InternationalPartner')
  })

  it('sector includes narrower sectors', async () => {
    expect(await ids(`/stakeholders?country=${COUNTRY}&sector=fcs-c`)).toEqual([S1])
    expect(await ids(`/stakeholders?country=${COUNTRY}&sector=fcs-c-crafts`)).toEqual([S1])
    expect(await ids(`/stakeholders?sector=${SECTOR_ROOT}`)).toEqual([S3])
    expect(await ids(`/stakeholders?sector=${SECTOR_LEAF}`)).toEqual([S3])
  })

  it('stage and tag', async () => {
    expect(await ids(`/stakeholders?country=${COUNTRY}&stage=stage-production`)).toEqual([S1])
    expect(await ids(`/stakeholders?country=${COUNTRY}&stage=stage-creation`)).toEqual([])
    expect(await ids(`/stakeholders?country=${COUNTRY}&tag=silk`)).toEqual([S1])
    expect(await ids(`/stakeholders?tag=${TAG}-none`)).toEqual([])
  })

  it('q is full-text over name and description: all words, prefix match', async () => {
    expect(await ids(`/stakeholders?q=${WORD}`)).toEqual([S1])
    expect(await ids(`/stakeholders?q=${WORD.slice(0, -3)}`)).toEqual([S1])
    expect(await ids(`/stakeholders?q=${encodeURIComponent(`alpha ${WORD}`)}`)).toEqual([S1])
    expect(await ids(`/stakeholders?q=${encodeURIComponent(`${WORD} lagoon`)}`)).toEqual([S1])
    expect(await ids(`/stakeholders?q=${encodeURIComponent(`${WORD} bravo`)}`)).toEqual([])
    expect(await ids(`/stakeholders?country=${COUNTRY}&q=delta`)).toEqual([S4, S5])
  })

  it('q with Lucene syntax is taken literally: 200, never 500', async () => {
    for (const q of ['AND (', '"', '*', 'a:b', '\\', 'OR', '(((', '~1', '[a TO z]', 'NOT', '&& ||', '/regex/']) {
      const res = await get(`/stakeholders?country=${COUNTRY}&q=${encodeURIComponent(q)}`)
      expect(res.statusCode, `q=${q}: ${res.body}`).toBe(200)
      expect(Array.isArray(res.json().items)).toBe(true)
    }
    problem(await get('/stakeholders?q='), 400)
  })

  it('near + withinKm', async () => {
    const near = `${CENTER.latitude},${CENTER.longitude}`
    expect(await ids(`/stakeholders?tag=${TAG}&near=${near}&withinKm=30`)).toEqual([S1, S2, S4])
    expect(await ids(`/stakeholders?tag=${TAG}&near=${near}&withinKm=60`)).toEqual([S1, S2, S3, S4])
    expect(await ids(`/stakeholders?tag=${TAG}&near=${near}&withinKm=5`)).toEqual([S1])
    // (-29.95, -20.05) is about 7.3 km from s1, s2 and s4
    expect(await ids(`/stakeholders?tag=${TAG}&near=-29.95,-20.05&withinKm=3`)).toEqual([])
    expect(await ids(`/stakeholders?tag=${TAG}&near=-29.95,-20.05&withinKm=8`)).toEqual([S1, S2, S4])
  })

  it('near without withinKm, withinKm without near, and out-of-range or malformed points are 400', async () => {
    expect(problem(await get('/stakeholders?near=-30,-20'), 400).detail).toMatch(/withinKm/)
    expect(problem(await get('/stakeholders?withinKm=10'), 400).detail).toMatch(/near/)
    const body = problem(await get('/stakeholders?near=100,200&withinKm=10'), 400)
    expect(body.errors?.[0]?.pointer).toBe('/near')
    problem(await get('/stakeholders?near=13.4,181&withinKm=10'), 400)
    problem(await get('/stakeholders?near=abc&withinKm=10'), 400)
    problem(await get('/stakeholders?near=-30,-20&withinKm=0'), 400)
    problem(await get('/stakeholders?near=-30,-20&withinKm=-5'), 400)
  })

  it('unknown query parameters and sort keys are 400', async () => {
    const body = problem(await get('/stakeholders?colour=red'), 400)
    expect(body.errors?.[0]?.pointer).toBe('/colour')
    const sort = problem(await get('/stakeholders?sort=colour'), 400)
    expect(sort.errors?.find((e) => e.pointer === '/sort')?.message).toMatch(/name.*id.*createdAt.*updatedAt/)
    problem(await get('/stakeholders?country=xq'), 400)
    problem(await get('/stakeholders?updatedSince=yesterday'), 400)
  })

  it('sort=id and sort=createdAt', async () => {
    expect(await ids(`/stakeholders?country=${COUNTRY}&sort=id`)).toEqual([...ALL5].sort())
    expect(await ids(`/stakeholders?country=${COUNTRY}&sort=createdAt`)).toEqual(ALL5)
  })
})

describe('stakeholders: pagination', () => {
  it('walks every page with a small limit, each item exactly once, in a stable order', async () => {
    const seen: string[] = []
    const pages: number[] = []
    let cursor: string | null = null
    do {
      const page: Page = await list(`/stakeholders?country=${COUNTRY}&limit=2${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)
      pages.push(page.items.length)
      seen.push(...page.items.map((i) => i.id))
      cursor = page.nextCursor
    } while (cursor !== null && pages.length < 10)
    expect(pages).toEqual([2, 2, 1])
    // the tie on 'Delta collective' (s4, s5) straddles the page boundary
    expect(seen).toEqual(ALL5)
  })

  it('also walks a sort on a timestamp', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    for (let n = 0; n < 10; n++) {
      const page: Page = await list(`/stakeholders?tag=${TAG}&sort=createdAt&limit=3${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`)
      seen.push(...page.items.map((i) => i.id))
      cursor = page.nextCursor
      if (cursor === null) break
    }
    expect(seen).toEqual(ALL5)
  })

  it('nextCursor is null on the last page, also when it is exactly full', async () => {
    const page = await list(`/stakeholders?country=${COUNTRY}&limit=5`)
    expect(page.items).toHaveLength(5)
    expect(page.nextCursor).toBeNull()
    expect((await list(`/stakeholders?country=${COUNTRY}&limit=4`)).nextCursor).toEqual(expect.any(String))
  })

  it('limit defaults to 50 and may not exceed 500 nor be below 1', async () => {
    await testDb().write(async (tx) => {
      await tx.run(`UNWIND range(1, 51) AS i
        CREATE (n:Entity:Stakeholder:NGO {id: $prefix + '-bulk-' + right('00' + toString(i), 3), name: 'Bulk ' + right('00' + toString(i), 3),
          tags: [$tag], createdAt: datetime(), updatedAt: datetime(), version: 1})`, { prefix: P, tag: BULK_TAG })
    })
    const page = await list(`/stakeholders?tag=${BULK_TAG}`)
    expect(page.items).toHaveLength(50)
    expect(page.items[0]!.id).toBe(`${P}-bulk-001`)
    expect(page.items[49]!.id).toBe(`${P}-bulk-050`)
    const rest = await list(`/stakeholders?tag=${BULK_TAG}&cursor=${encodeURIComponent(page.nextCursor!)}`)
    expect(rest.items.map((i) => i.id)).toEqual([`${P}-bulk-051`])
    expect(rest.nextCursor).toBeNull()
    expect((await list(`/stakeholders?tag=${BULK_TAG}&limit=500`)).items).toHaveLength(51)

    for (const limit of ['501', '0', '-1', 'ten', '2.5']) {
      const body = problem(await get(`/stakeholders?tag=${BULK_TAG}&limit=${limit}`), 400)
      expect(body.errors?.[0]?.pointer).toBe('/limit')
    }
  })

  it('a cursor of another filter set, sort or list is 400; so is a garbage cursor', async () => {
    const page = await list(`/stakeholders?country=${COUNTRY}&limit=2`)
    const cursor = encodeURIComponent(page.nextCursor!)
    expect(problem(await get(`/stakeholders?country=${COUNTRY_2}&limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/stakeholders?country=${COUNTRY}&kind=NGO&limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/stakeholders?country=${COUNTRY}&sort=id&limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/destinations?limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    // a different page size is the same list: the cursor stays valid
    expect((await list(`/stakeholders?country=${COUNTRY}&limit=3&cursor=${cursor}`)).items.map((i) => i.id)).toEqual([S3, S4, S5])

    for (const garbage of ['garbage', '!!!', Buffer.from('{"x":1}').toString('base64url'), Buffer.from('[]').toString('base64url'), Buffer.from('null').toString('base64url')]) {
      expect(problem(await get(`/stakeholders?country=${COUNTRY}&cursor=${encodeURIComponent(garbage)}`), 400).detail).toMatch(/cursor/)
    }
  })
})

describe('stakeholders: get', () => {
  it('returns the node with its context and an ETag of its version', async () => {
    const res = await get(`/stakeholders/${S1}`)
    const s1 = ok(res)
    expect(res.headers.etag).toBe(`"${s1.version}"`)
    expect(s1).toMatchObject({
      id: S1, kind: 'CreativeProducer', name: `Alpha ${WORD} weavers`, location: { latitude: -30, longitude: -20 },
      tags: [TAG, 'silk'], founded: 1999, size: 'micro', version: 1
    })
    expect(typeof s1.createdAt).toBe('string')
    expect(s1.updatedAt).toBe(s1.createdAt)
    const context = s1.context as Record<string, unknown[]>
    expect(context.countries).toEqual([{ id: COUNTRY, name: 'Testland Q' }])
    expect(context.provinces).toEqual([{ id: PROV_1, name: 'Q North' }])
    expect(context.sectors).toEqual([{ id: 'fcs-c-crafts', name: expect.any(String) }])
    expect(context.stages).toEqual([{ id: 'stage-production', name: 'Production' }])
    const byType = (a: unknown, b: unknown) => String((a as Json).type).localeCompare(String((b as Json).type))
    expect([...context.linkCounts!].sort(byType)).toEqual([
      { type: 'ACTIVE_IN', direction: 'out', count: 1 },
      { type: 'LOCATED_IN', direction: 'out', count: 1 },
      { type: 'WORKS_IN', direction: 'out', count: 1 }
    ])
  })

  it('counts incoming links and resolves a country given directly', async () => {
    const s4 = ok(await get(`/stakeholders/${S4}`))
    expect((s4.context as Json).linkCounts).toEqual(expect.arrayContaining([{ type: 'PARTNERS_WITH', direction: 'in', count: 1 }]))
    expect((s4.context as Json).countries).toEqual([{ id: COUNTRY, name: 'Testland Q' }])
    const s5 = ok(await get(`/stakeholders/${S5}`))
    expect((s5.context as Json).countries).toEqual([{ id: COUNTRY, name: 'Testland Q' }])
    expect((s5.context as Json).provinces).toEqual([])
  })

  it('404 for an unknown id or a node of another resource; 400 for a malformed id', async () => {
    expect(problem(await get(`/stakeholders/${P}-nobody`), 404).detail).toContain(`${P}-nobody`)
    problem(await get(`/stakeholders/${SECTOR_ROOT}`), 404)
    problem(await get('/stakeholders/bad%20id!'), 400)
  })
})

describe('stakeholders: create', () => {
  it('201 with ETag, Location and the stored fields; an id is generated when absent', async () => {
    const res = await post('stakeholders', { kind: 'EducationProvider', name: `School ${P}`, website: 'https://school.example.org/', tags: [`${P}-gen`] })
    const body = ok(res, 201)
    expect(body.id).toMatch(/^stk-[A-Za-z0-9]+$/)
    expect(res.headers.etag).toBe('"1"')
    expect(res.headers.location).toBe(`/stakeholders/${body.id}`)
    expect(body).toMatchObject({ kind: 'EducationProvider', name: `School ${P}`, website: 'https://school.example.org/', version: 1 })
    expect(ok(await get(`/stakeholders/${body.id}`)).name).toBe(`School ${P}`)
    // not one of ours by prefix: remove it now
    await testDb().write(async (tx) => { await tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: body.id }) })
  })

  it('400 for an unknown kind, listing the allowed kinds', async () => {
    const body = problem(await post('stakeholders', { id: `${P}-bad-kind`, kind: 'Wizard', name: 'x' }), 400)
    const err = body.errors?.find((e) => e.pointer === '/kind')
    expect(err?.in).toBe('body')
    expect(err?.message).toBe('must be one of: Government, CCIOrganisation, CreativeProducer, TourismOperator, EducationProvider, Investor, NGO, InternationalPartner, Community')
  })

  it('400 for missing required fields, unknown properties, system fields, bad values', async () => {
    expect(problem(await post('stakeholders', { kind: 'NGO' }), 400).errors).toEqual([{ in: 'body', pointer: '/name', message: 'is required' }])
    expect(problem(await post('stakeholders', { kind: 'NGO', name: 'x', nmae: 'typo' }), 400).errors)
      .toEqual([{ in: 'body', pointer: '/nmae', message: "unknown property 'nmae'" }])
    expect(problem(await post('stakeholders', { kind: 'NGO', name: 'x', version: 7 }), 400).errors?.[0]?.pointer).toBe('/version')
    expect(problem(await post('stakeholders', { kind: 'NGO', name: 'x', size: 'huge' }), 400).errors?.[0]?.message).toBe('must be one of: micro, small, medium, large')
    expect(problem(await post('stakeholders', { kind: 'NGO', name: '' }), 400).errors?.[0]?.pointer).toBe('/name')
    expect(problem(await post('stakeholders', { kind: 'NGO', name: 'x', founded: 99 }), 400).errors?.[0]?.pointer).toBe('/founded')
    expect(problem(await post('stakeholders', { kind: 'NGO', name: 'x', website: 'not a url' }), 400).errors?.[0]?.pointer).toBe('/website')
    expect(problem(await post('stakeholders', { kind: 'NGO', name: 'x', tags: ['a', 'a'] }), 400).errors?.[0]?.pointer).toBe('/tags')
    expect(problem(await post('stakeholders', { id: 'bad id!', kind: 'NGO', name: 'x' }), 400).errors?.[0]?.pointer).toBe('/id')
  })

  it('400 for coordinates out of range', async () => {
    const lat = problem(await post('stakeholders', { id: `${P}-bad-loc`, kind: 'NGO', name: 'x', location: { latitude: 91, longitude: 0 } }), 400)
    expect(lat.errors?.[0]?.pointer).toBe('/location/latitude')
    const lon = problem(await post('stakeholders', { id: `${P}-bad-loc`, kind: 'NGO', name: 'x', location: { latitude: 0, longitude: -180.5 } }), 400)
    expect(lon.errors?.[0]?.pointer).toBe('/location/longitude')
    problem(await post('stakeholders', { id: `${P}-bad-loc`, kind: 'NGO', name: 'x', location: { latitude: 0 } }), 400)
    problem(await get(`/stakeholders/${P}-bad-loc`), 404)
  })

  it('409 for a duplicate id, also one held by another resource', async () => {
    const body = problem(await post('stakeholders', { id: S1, kind: 'NGO', name: 'Again' }), 409)
    expect(body.detail).toContain(S1)
    problem(await post('stakeholders', { id: SECTOR_ROOT, kind: 'NGO', name: 'Again' }), 409)
    expect(ok(await get(`/stakeholders/${S1}`)).name).toBe(`Alpha ${WORD} weavers`)
  })

  it('all or nothing: a link to a missing node is a 404 naming it, and the node is not created', async () => {
    const id = `${P}-partial-1`
    const body = problem(await post('stakeholders', {
      id, kind: 'CreativeProducer', name: 'Partial one',
      links: [{ type: 'LOCATED_IN', to: PROV_1 }, { type: 'WORKS_IN', to: `${P}-no-such-sector` }]
    }), 404)
    expect(body.detail).toContain(`${P}-no-such-sector`)
    problem(await get(`/stakeholders/${id}`), 404)
    problem(await get(`/stakeholders/${id}?includeDeleted=true`), 404)
    expect(await ids(`/stakeholders?province=${PROV_1}`)).toEqual([S1, S2])
  })

  it('all or nothing: a forbidden triple is a 422 naming the allowed ones, and nothing is created', async () => {
    const id = `${P}-partial-2`
    const body = problem(await post('stakeholders', {
      id, kind: 'CreativeProducer', name: 'Partial two',
      links: [{ type: 'WORKS_IN', to: 'fcs-c-crafts' }, { type: 'LOCATED_IN', to: 'fcs-c' }]
    }), 422)
    expect(body.allowed).toEqual([
      '(Stakeholder)-[:LOCATED_IN]->(Province)', '(Stakeholder)-[:LOCATED_IN]->(Country)',
      '(Destination)-[:LOCATED_IN]->(Province)', '(Destination)-[:LOCATED_IN]->(Country)'
    ])
    expect(body.detail).toContain('(Stakeholder)-[:LOCATED_IN]->(Province)')
    problem(await get(`/stakeholders/${id}`), 404)
    expect(await ids(`/stakeholders?country=${COUNTRY}&sector=fcs-c`)).toEqual([S1])
  })

  it('all or nothing: a duplicate link inside the create is a 409 and nothing is created', async () => {
    const id = `${P}-partial-3`
    problem(await post('stakeholders', {
      id, kind: 'NGO', name: 'Partial three', links: [{ type: 'LOCATED_IN', to: PROV_2 }, { type: 'LOCATED_IN', to: PROV_2 }]
    }), 409)
    problem(await get(`/stakeholders/${id}`), 404)
    expect(await ids(`/stakeholders?province=${PROV_2}`)).toEqual([S3, S4])
  })

  it('400 for a link that names both or neither end, an unknown link type or bad link properties', async () => {
    const id = `${P}-partial-4`
    expect(problem(await post('stakeholders', { id, kind: 'NGO', name: 'x', links: [{ type: 'LOCATED_IN', to: PROV_1, from: PROV_2 }] }), 400).errors?.[0]?.pointer).toBe('/links/0')
    problem(await post('stakeholders', { id, kind: 'NGO', name: 'x', links: [{ type: 'LOCATED_IN' }] }), 400)
    const type = problem(await post('stakeholders', { id, kind: 'NGO', name: 'x', links: [{ type: 'LIVES_IN', to: PROV_1 }] }), 400)
    expect(type.errors?.[0]?.pointer).toBe('/links/0/type')
    expect(type.errors?.[0]?.message).toContain('LOCATED_IN')
    const props = problem(await post('stakeholders', { id, kind: 'NGO', name: 'x', links: [{ type: 'LOCATED_IN', to: PROV_1 }, { type: 'WORKS_IN', to: 'fcs-c', properties: { weight: 3 } }] }), 400)
    expect(props.errors?.[0]?.pointer).toBe('/links/1/properties/weight')
    problem(await get(`/stakeholders/${id}`), 404)
  })

  it('a link to a soft-deleted node is a 404', async () => {
    const gone = await create('stakeholders', { id: `${P}-gone`, kind: 'NGO', name: 'Gone' })
    expect((await app.inject({ method: 'DELETE', url: `/stakeholders/${gone.id}` })).statusCode).toBe(204)
    const body = problem(await post('stakeholders', { id: `${P}-partial-5`, kind: 'NGO', name: 'x', links: [{ type: 'MEMBER_OF', to: gone.id }] }), 404)
    expect(body.detail).toContain(gone.id)
    problem(await get(`/stakeholders/${P}-partial-5`), 404)
  })
})

describe('stakeholders: update and delete', () => {
  const M = `${P}-m1`
  let createdAt = ''

  it('If-Match: a stale version is 412, the current one is accepted and bumps version and updatedAt', async () => {
    const made = await create('stakeholders', {
      id: M, kind: 'CreativeProducer', name: 'Mutable maker', description: 'first', website: 'https://maker.example.org',
      location: { latitude: 1, longitude: 2 }, tags: ['x'], size: 'small', founded: 2001
    })
    createdAt = String(made.createdAt)
    const stale = problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, headers: { 'if-match': '"7"' }, payload: { description: 'second' } }), 412)
    expect(stale.currentVersion).toBe(1)
    expect(ok(await get(`/stakeholders/${M}`)).description).toBe('first')

    await new Promise((resolve) => setTimeout(resolve, 5))
    const res = await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, headers: { 'if-match': '"1"' }, payload: { description: 'second' } })
    const patched = ok(res)
    expect(res.headers.etag).toBe('"2"')
    expect(patched).toMatchObject({ id: M, version: 2, description: 'second', name: 'Mutable maker', website: 'https://maker.example.org', size: 'small', founded: 2001, kind: 'CreativeProducer', location: { latitude: 1, longitude: 2 }, tags: ['x'] })
    expect(patched.createdAt).toBe(createdAt)
    expect(Date.parse(String(patched.updatedAt))).toBeGreaterThan(Date.parse(createdAt))
    const again = await get(`/stakeholders/${M}`)
    expect(again.headers.etag).toBe('"2"')
    // a list of ETags and a weak ETag match too; '*' matches anything
    expect(ok(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, headers: { 'if-match': '"1", W/"2"' }, payload: { founded: 2002 } })).version).toBe(3)
    expect(ok(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, headers: { 'if-match': '*' }, payload: { founded: 2003 } })).version).toBe(4)
    // without If-Match the write goes through
    expect(ok(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { founded: 2004 } })).version).toBe(5)
  })

  it('two writers with the same If-Match: exactly one wins', async () => {
    const current = ok(await get(`/stakeholders/${M}`))
    const tag = `"${current.version}"`
    const results = await Promise.all([
      app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, headers: { 'if-match': tag }, payload: { description: 'writer A' } }),
      app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, headers: { 'if-match': tag }, payload: { description: 'writer B' } })
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412])
    expect(ok(await get(`/stakeholders/${M}`)).version).toBe(current.version + 1)
  })

  it('PATCH: null removes an optional field; null on a required field, {} and unknown fields are 400', async () => {
    const patched = ok(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { website: null, location: null } }))
    expect(patched).not.toHaveProperty('website')
    expect(patched).not.toHaveProperty('location')
    const stored = ok(await get(`/stakeholders/${M}`))
    expect(stored).not.toHaveProperty('website')
    expect(stored).not.toHaveProperty('location')
    expect(stored.size).toBe('small')

    expect(problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { name: null } }), 400).errors?.[0]?.pointer).toBe('/name')
    expect(problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { kind: null } }), 400).errors?.[0]?.pointer).toBe('/kind')
    problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: {} }), 400)
    expect(problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { colour: 'red' } }), 400).errors)
      .toEqual([{ in: 'body', pointer: '/colour', message: "unknown property 'colour'" }])
    expect(problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { location: { latitude: 91, longitude: 0 } } }), 400).errors?.[0]?.pointer).toBe('/location/latitude')
    expect(problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { kind: 'Wizard' } }), 400).errors?.[0]?.message).toContain('Government')
    expect(ok(await get(`/stakeholders/${M}`)).version).toBe(stored.version)
  })

  it('PATCH kind moves the stakeholder to the other kind label', async () => {
    const patched = ok(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { kind: 'Investor', tags: [`${P}-mtag`] } }))
    expect(patched.kind).toBe('Investor')
    expect(await ids(`/stakeholders?tag=${P}-mtag&kind=Investor`)).toEqual([M])
    expect(await ids(`/stakeholders?tag=${P}-mtag&kind=CreativeProducer`)).toEqual([])
  })

  it('PUT replaces every editable field: absent optional fields are removed', async () => {
    const before = ok(await get(`/stakeholders/${M}`))
    const stale = problem(await app.inject({ method: 'PUT', url: `/stakeholders/${M}`, headers: { 'if-match': '"1"' }, payload: { kind: 'NGO', name: 'Replaced' } }), 412)
    expect(stale.currentVersion).toBe(before.version)
    const res = await app.inject({ method: 'PUT', url: `/stakeholders/${M}`, headers: { 'if-match': `"${before.version}"` }, payload: { kind: 'NGO', name: 'Replaced', location: { latitude: 5, longitude: 6 } } })
    const put = ok(res)
    expect(res.headers.etag).toBe(`"${before.version + 1}"`)
    expect(put).toMatchObject({ id: M, kind: 'NGO', name: 'Replaced', location: { latitude: 5, longitude: 6 }, version: before.version + 1, createdAt })
    for (const gone of ['description', 'website', 'tags', 'size', 'founded']) expect(put).not.toHaveProperty(gone)
    const stored = ok(await get(`/stakeholders/${M}`))
    expect(stored).toMatchObject({ kind: 'NGO', name: 'Replaced' })
    for (const gone of ['description', 'website', 'tags', 'size', 'founded']) expect(stored).not.toHaveProperty(gone)

    expect(problem(await app.inject({ method: 'PUT', url: `/stakeholders/${M}`, payload: { kind: 'NGO' } }), 400).errors?.[0]?.pointer).toBe('/name')
    expect(problem(await app.inject({ method: 'PUT', url: `/stakeholders/${M}`, payload: { kind: 'NGO', name: 'x', id: 'other' } }), 400).errors?.[0]?.pointer).toBe('/id')
    problem(await app.inject({ method: 'PUT', url: `/stakeholders/${P}-nobody`, payload: { kind: 'NGO', name: 'x' } }), 404)
    problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${P}-nobody`, payload: { name: 'x' } }), 404)
  })

  it('soft delete: If-Match honoured, hidden from get and lists, shown with includeDeleted=true', async () => {
    await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { tags: [`${P}-mtag`] } })
    const before = ok(await get(`/stakeholders/${M}`))
    const stale = problem(await app.inject({ method: 'DELETE', url: `/stakeholders/${M}`, headers: { 'if-match': '"1"' } }), 412)
    expect(stale.currentVersion).toBe(before.version)
    const res = await app.inject({ method: 'DELETE', url: `/stakeholders/${M}`, headers: { 'if-match': `"${before.version}"` } })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')

    expect(problem(await get(`/stakeholders/${M}`), 404).detail).toContain(M)
    const shown = ok(await get(`/stakeholders/${M}?includeDeleted=true`))
    expect(typeof shown.deletedAt).toBe('string')
    expect(shown.version).toBe(before.version + 1)
    expect(await ids(`/stakeholders?tag=${P}-mtag`)).toEqual([])
    expect(await ids(`/stakeholders?tag=${P}-mtag&includeDeleted=true`)).toEqual([M])

    problem(await app.inject({ method: 'DELETE', url: `/stakeholders/${M}` }), 404)
    problem(await app.inject({ method: 'PATCH', url: `/stakeholders/${M}`, payload: { name: 'back' } }), 404)
    // the id stays taken
    problem(await post('stakeholders', { id: M, kind: 'NGO', name: 'Reborn' }), 409)
  })

  it('updatedSince and sort=updatedAt see the latest write', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5))
    const patched = ok(await app.inject({ method: 'PATCH', url: `/stakeholders/${S2}`, payload: { description: 'Boat tours on the lagoon' } }))
    expect(patched.version).toBe(2)
    expect(await ids(`/stakeholders?country=${COUNTRY}&updatedSince=${encodeURIComponent(String(patched.updatedAt))}`)).toEqual([S2])
    expect(await ids(`/stakeholders?country=${COUNTRY}&updatedSince=2000-01-01T00:00:00Z`)).toEqual(ALL5)
    expect(await ids(`/stakeholders?country=${COUNTRY}&updatedSince=2999-01-01T00:00:00Z`)).toEqual([])
    expect(await ids(`/stakeholders?country=${COUNTRY}&sort=updatedAt`)).toEqual([S1, S3, S4, S5, S2])
  })
})

describe('destinations', () => {
  const D = `${P}-dst`

  it('create a heritage site with links; filters kind, heritage, country, province, near, q', async () => {
    const dst = await create('destinations', {
      id: D, name: `Lagoon temple ${WORD}`, kinds: ['heritage_site', 'museum'], whcId: 99999, inscribed: 1992, category: 'cultural', status: 'world',
      location: { latitude: -30.05, longitude: -20 }, links: [{ type: 'LOCATED_IN', to: PROV_1 }, { type: 'ACTIVE_AT', from: S1, properties: { role: 'sells' } }]
    })
    expect(dst).toMatchObject({ id: D, kinds: ['heritage_site', 'museum'], whcId: 99999, category: 'cultural', version: 1 })
    const got = ok(await get(`/destinations/${D}`))
    expect((got.context as Json).countries).toEqual([{ id: COUNTRY, name: 'Testland Q' }])
    expect((got.context as Json).linkCounts).toEqual(expect.arrayContaining([{ type: 'ACTIVE_AT', direction: 'in', count: 1 }, { type: 'LOCATED_IN', direction: 'out', count: 1 }]))
    expect(await ids(`/destinations?country=${COUNTRY}`)).toEqual([D])
    expect(await ids(`/destinations?province=${PROV_1}&kind=museum`)).toEqual([D])
    expect(await ids(`/destinations?country=${COUNTRY}&kind=market`)).toEqual([])
    expect(await ids(`/destinations?country=${COUNTRY}&heritage=true`)).toEqual([D])
    expect(await ids(`/destinations?country=${COUNTRY}&heritage=false`)).toEqual([])
    // -30.05 is about 5.6 km from the centre
    expect(await ids(`/destinations?near=-30,-20&withinKm=7`)).toEqual([D])
    expect(await ids(`/destinations?near=-30,-20&withinKm=4`)).toEqual([])
    expect(await ids(`/destinations?q=${WORD}`)).toEqual([D])
  })

  it('bad input: unknown kind lists the allowed ones; location required and in range', async () => {
    const kind = problem(await get('/destinations?kind=castle'), 400)
    expect(kind.errors?.[0]?.message).toBe('must be one of: heritage_site, creative_city, craft_village, museum, cultural_venue, festival, ecotourism, market')
    const body = problem(await post('destinations', { id: `${P}-dst-bad`, name: 'x', kinds: ['castle'], location: { latitude: 0, longitude: 0 } }), 400)
    expect(body.errors?.[0]?.pointer).toBe('/kinds/0')
    expect(body.errors?.[0]?.message).toContain('heritage_site')
    expect(problem(await post('destinations', { id: `${P}-dst-bad`, name: 'x', kinds: ['museum'] }), 400).errors).toEqual([{ in: 'body', pointer: '/location', message: 'is required' }])
    expect(problem(await post('destinations', { id: `${P}-dst-bad`, name: 'x', kinds: ['museum'], location: { latitude: -91, longitude: 0 } }), 400).errors?.[0]?.pointer).toBe('/location/latitude')
    problem(await post('destinations', { id: `${P}-dst-bad`, name: 'x', kinds: [], location: { latitude: 0, longitude: 0 } }), 400)
    expect(problem(await post('destinations', { id: `${P}-dst-bad`, name: 'x', kinds: ['museum'], location: { latitude: 0, longitude: 0 }, category: 'spooky' }), 400).errors?.[0]?.message).toBe('must be one of: cultural, natural, mixed')
    problem(await post('destinations', { id: D, name: 'x', kinds: ['museum'], location: { latitude: 0, longitude: 0 } }), 409)
    const triple = problem(await post('destinations', { id: `${P}-dst-bad`, name: 'x', kinds: ['museum'], location: { latitude: 0, longitude: 0 }, links: [{ type: 'WORKS_IN', to: 'fcs-c' }] }), 422)
    expect(triple.allowed).toEqual(['(Stakeholder)-[:WORKS_IN]->(Sector)'])
    problem(await get(`/destinations/${P}-dst-bad`), 404)
    problem(await app.inject({ method: 'PATCH', url: `/destinations/${D}`, payload: { location: null } }), 400)
  })

  it('PATCH kinds without heritage_site drops the HeritageSite label; soft delete', async () => {
    ok(await app.inject({ method: 'PATCH', url: `/destinations/${D}`, payload: { kinds: ['museum'] } }))
    expect(await ids(`/destinations?country=${COUNTRY}&heritage=true`)).toEqual([])
    expect(await ids(`/destinations?country=${COUNTRY}&heritage=false`)).toEqual([D])
    expect((await app.inject({ method: 'DELETE', url: `/destinations/${D}` })).statusCode).toBe(204)
    expect(await ids(`/destinations?country=${COUNTRY}`)).toEqual([])
    expect(await ids(`/destinations?country=${COUNTRY}&includeDeleted=true`)).toEqual([D])
    problem(await get(`/destinations/${D}`), 404)
  })
})

describe('regulations', () => {
  const R = `${P}-reg`

  it('create with links; filters country, kind, scope, topic, sector; context', async () => {
    await create('regulations', {
      id: R, title: `Law on testing ${WORD}`, kind: 'law', scope: 'national', year: 2024, topics: ['ip', 'digital'],
      links: [{ type: 'APPLIES_TO', to: COUNTRY }, { type: 'ISSUED_BY', to: GOV }, { type: 'ADDRESSES', to: 'R04' }, { type: 'COVERS', to: SECTOR_LEAF }]
    })
    const got = ok(await get(`/regulations/${R}`))
    expect(got).toMatchObject({ title: `Law on testing ${WORD}`, kind: 'law', scope: 'national', topics: ['ip', 'digital'] })
    expect((got.context as Json).countries).toEqual([{ id: COUNTRY, name: 'Testland Q' }])
    expect((got.context as Json).sectors).toEqual([{ id: SECTOR_LEAF, name: `Leaf ${P}` }])
    expect(await ids(`/regulations?country=${COUNTRY}`)).toEqual([R])
    expect(await ids(`/regulations?country=${COUNTRY}&topic=digital&kind=law&scope=national`)).toEqual([R])
    expect(await ids(`/regulations?country=${COUNTRY}&topic=tourism`)).toEqual([])
    expect(await ids(`/regulations?sector=${SECTOR_ROOT}`)).toEqual([R])
    expect(await ids(`/regulations?q=${WORD}`)).toEqual([R])
  })

  it('bad input: enums list their values; ISSUED_BY a non-government is 422', async () => {
    expect(problem(await get('/regulations?topic=magic'), 400).errors?.[0]?.message).toContain('infrastructure')
    expect(problem(await get('/regulations?kind=edict'), 400).errors?.[0]?.message).toBe('must be one of: law, decree, policy, strategy, declaration, framework, agreement')
    const topics = problem(await post('regulations', { id: `${P}-reg-bad`, title: 'x', kind: 'law', scope: 'national', topics: ['magic'] }), 400)
    expect(topics.errors?.[0]?.pointer).toBe('/topics/0')
    expect(problem(await post('regulations', { id: `${P}-reg-bad`, title: 'x', kind: 'law', scope: 'galactic', topics: [] }), 400).errors?.[0]?.message).toBe('must be one of: national, asean, gms, international')
    const triple = problem(await post('regulations', { id: `${P}-reg-bad`, title: 'x', kind: 'law', scope: 'national', topics: [], links: [{ type: 'ISSUED_BY', to: S1 }] }), 422)
    expect(triple.allowed).toEqual(['(Regulation)-[:ISSUED_BY]->(Government)'])
    expect(triple.detail).toContain(S1)
    problem(await get(`/regulations/${P}-reg-bad`), 404)
  })

  it('soft delete', async () => {
    expect((await app.inject({ method: 'DELETE', url: `/regulations/${R}` })).statusCode).toBe(204)
    expect(await ids(`/regulations?country=${COUNTRY}`)).toEqual([])
    expect(await ids(`/regulations?country=${COUNTRY}&includeDeleted=true`)).toEqual([R])
  })
})

describe('products', () => {
  const PR = `${P}-prd`

  it('create in a sector; the sector filter includes narrower sectors; green filter; PRODUCES', async () => {
    const made = await create('products', { id: PR, name: `Lagoon scarf ${WORD}`, green: true, links: [{ type: 'IN_SECTOR', to: SECTOR_LEAF }, { type: 'PRODUCES', from: S1 }] })
    expect(made).toMatchObject({ id: PR, green: true, version: 1 })
    expect(await ids(`/products?sector=${SECTOR_ROOT}`)).toEqual([PR])
    expect(await ids(`/products?sector=${SECTOR_ROOT}&green=false`)).toEqual([])
    expect(await ids(`/products?q=${WORD}&green=true`)).toEqual([PR])
    const patched = ok(await app.inject({ method: 'PATCH', url: `/products/${PR}`, payload: { certified: 'GI' } }))
    expect(patched).toMatchObject({ certified: 'GI', version: 2 })
  })

  it('bad input', async () => {
    expect(problem(await post('products', { id: `${P}-prd-bad`, name: 'x' }), 400).errors).toEqual([{ in: 'body', pointer: '/green', message: 'is required' }])
    problem(await post('products', { id: `${P}-prd-bad`, name: 'x', green: 'very' }), 400)
    const triple = problem(await post('products', { id: `${P}-prd-bad`, name: 'x', green: false, links: [{ type: 'IN_SECTOR', to: COUNTRY }] }), 422)
    expect(triple.allowed).toEqual(['(Product)-[:IN_SECTOR]->(Sector)'])
    problem(await get(`/products/${P}-prd-bad`), 404)
    problem(await get('/products?kind=x'), 400)
  })

  it('null for a required boolean is a 400, not coerced to false', async () => {
    const patch = await app.inject({ method: 'PATCH', url: `/products/${PR}`, payload: { green: null } })
    const stored = ok(await get(`/products/${PR}`))
    expect(stored.green, 'PATCH {green: null} must not store green=false').toBe(true)
    expect(problem(patch, 400).errors?.[0]?.pointer).toBe('/green')
    const res = await post('products', { id: `${P}-prd-null`, name: 'x', green: null })
    const created = res.statusCode === 201
    expect(problem(res, 400).errors?.[0]?.pointer).toBe('/green')
    expect(created, 'POST {green: null} must not create the product').toBe(false)
  })

  it('soft delete', async () => {
    expect((await app.inject({ method: 'DELETE', url: `/products/${PR}` })).statusCode).toBe(204)
    expect(await ids(`/products?sector=${SECTOR_ROOT}`)).toEqual([])
    expect(await ids(`/products?sector=${SECTOR_ROOT}&includeDeleted=true`)).toEqual([PR])
  })
})

describe('initiatives', () => {
  const I = `${P}-ini`

  it('create; country comes from who runs it; kind and green filters', async () => {
    await create('initiatives', { id: I, name: `Lagoon bootcamp ${WORD}`, kind: 'training', green: false, startYear: 2025, budgetUsd: 1000, links: [{ type: 'RUNS', from: S2 }, { type: 'ADDRESSES', to: 'R08' }] })
    expect(await ids(`/initiatives?country=${COUNTRY}`)).toEqual([I])
    expect(await ids(`/initiatives?country=${COUNTRY}&kind=training&green=false`)).toEqual([I])
    expect(await ids(`/initiatives?country=${COUNTRY}&kind=event`)).toEqual([])
    expect(await ids(`/initiatives?q=${WORD}`)).toEqual([I])
  })

  it('bad input', async () => {
    expect(problem(await get('/initiatives?kind=party'), 400).errors?.[0]?.message).toBe('must be one of: training, investment, infrastructure, branding, export, cooperation, research, event')
    expect(problem(await post('initiatives', { id: `${P}-ini-bad`, name: 'x', kind: 'party', green: false }), 400).errors?.[0]?.pointer).toBe('/kind')
    expect(problem(await post('initiatives', { id: `${P}-ini-bad`, name: 'x', kind: 'event', green: false, budgetUsd: -1 }), 400).errors?.[0]?.pointer).toBe('/budgetUsd')
    const missing = problem(await post('initiatives', { id: `${P}-ini-bad`, name: 'x', kind: 'event', green: false, links: [{ type: 'ADDRESSES', to: 'R99' }] }), 404)
    expect(missing.detail).toContain('R99')
    problem(await get(`/initiatives/${P}-ini-bad`), 404)
  })

  it('soft delete', async () => {
    expect((await app.inject({ method: 'DELETE', url: `/initiatives/${I}` })).statusCode).toBe(204)
    expect(await ids(`/initiatives?country=${COUNTRY}`)).toEqual([])
    expect(await ids(`/initiatives?country=${COUNTRY}&includeDeleted=true`)).toEqual([I])
  })
})

describe('sectors', () => {
  it('list by parent, level and tradition; context shows the broader sector', async () => {
    expect(await ids(`/sectors?parent=${SECTOR_ROOT}`)).toEqual([SECTOR_LEAF])
    expect(await ids(`/sectors?parent=fcs-c`)).toContain('fcs-c-crafts')
    const leaf = ok(await get(`/sectors/${SECTOR_LEAF}`))
    expect(leaf).toMatchObject({ level: 'subdomain', tradition: 'digital' })
    expect((leaf.context as Json).sectors).toEqual([{ id: SECTOR_ROOT, name: `Root ${P}` }])
    expect((await list('/sectors?level=domain&limit=500')).items.map((i) => i.id)).toContain(SECTOR_ROOT)
    expect((await list('/sectors?tradition=digital&limit=500')).items.map((i) => i.id)).toContain(SECTOR_LEAF)
  })

  it('bad input', async () => {
    expect(problem(await get('/sectors?level=galaxy'), 400).errors?.[0]?.message).toBe('must be one of: domain, subdomain')
    problem(await get('/sectors?includeDeleted=true'), 400)
    expect(problem(await post('sectors', { id: `${P}-sec-bad`, name: 'x', domain: 'Z' }), 400).errors?.[0]?.pointer).toBe('/domain')
    expect(problem(await post('sectors', { id: `${P}-sec-bad`, name: 'x', tradition: 'ancient' }), 400).errors?.[0]?.message).toBe('must be one of: traditional, contemporary, digital')
    const triple = problem(await post('sectors', { id: `${P}-sec-bad`, name: 'x', links: [{ type: 'BROADER', to: COUNTRY }] }), 422)
    expect(triple.allowed).toEqual(['(Sector)-[:BROADER]->(Sector)'])
    problem(await get(`/sectors/${P}-sec-bad`), 404)
    problem(await post('sectors', { id: SECTOR_ROOT, name: 'again' }), 409)
  })

  it('hard delete: refused (409) while linked, 204 when not', async () => {
    const linked = problem(await app.inject({ method: 'DELETE', url: `/sectors/${SECTOR_ROOT}` }), 409)
    expect(linked.detail).toContain(SECTOR_ROOT)
    expect(ok(await get(`/sectors/${SECTOR_ROOT}`)).id).toBe(SECTOR_ROOT)
    const lone = await create('sectors', { id: `${P}-sec-lone`, name: 'Lonely' })
    problem(await app.inject({ method: 'DELETE', url: `/sectors/${lone.id}`, headers: { 'if-match': '"9"' } }), 412)
    expect((await app.inject({ method: 'DELETE', url: `/sectors/${lone.id}`, headers: { 'if-match': '"1"' } })).statusCode).toBe(204)
    problem(await get(`/sectors/${lone.id}`), 404)
    const count = await testDb().read(async (tx) => (await tx.run('MATCH (n {id: $id}) RETURN count(n) AS c', { id: lone.id })).records[0]!.get('c'))
    expect(Number(count)).toBe(0)
  })
})

describe('countries and provinces', () => {
  it('countries: create needs an ISO id; 409 on a duplicate; listed; context', async () => {
    expect(problem(await post('countries', { name: 'Nameless' }), 400).errors).toEqual([{ in: 'body', pointer: '/id', message: 'is required' }])
    expect(problem(await post('countries', { id: 'xr', name: 'Lower' }), 400).errors?.[0]?.pointer).toBe('/id')
    expect(problem(await post('countries', { id: 'XRR', name: 'Long' }), 400).errors?.[0]?.pointer).toBe('/id')
    const res = await post('countries', { id: COUNTRY_2, name: 'Testland R' })
    expect(ok(res, 201)).toMatchObject({ id: COUNTRY_2, name: 'Testland R', version: 1 })
    expect(res.headers.location).toBe(`/countries/${COUNTRY_2}`)
    expect(problem(await post('countries', { id: COUNTRY_2, name: 'Again' }), 409).detail).toContain(COUNTRY_2)
    const all = await ids('/countries?limit=500')
    expect(all).toEqual(expect.arrayContaining(['KH', 'LA', 'MM', 'TH', 'VN', COUNTRY, COUNTRY_2]))
    const q = ok(await get(`/countries/${COUNTRY}`))
    // two provinces IN it, s5 LOCATED_IN it directly, the regulation APPLIES_TO it
    expect((q.context as Json).linkCounts).toEqual(expect.arrayContaining([
      { type: 'IN', direction: 'in', count: 2 }, { type: 'LOCATED_IN', direction: 'in', count: 1 }, { type: 'APPLIES_TO', direction: 'in', count: 1 }
    ]))
    expect(await ids('/countries?updatedSince=2999-01-01T00:00:00Z')).toEqual([])
    problem(await get('/countries?country=KH'), 400)
  })

  it('provinces: id pattern, IN a country, list by country, bad links', async () => {
    expect(problem(await post('provinces', { id: 'XR01', name: 'x' }), 400).errors?.[0]?.pointer).toBe('/id')
    expect(problem(await post('provinces', { name: 'x' }), 400).errors?.[0]?.pointer).toBe('/id')
    expect(problem(await post('provinces', { id: PROV_X, name: 'x', location: { latitude: 95, longitude: 0 } }), 400).errors?.[0]?.pointer).toBe('/location/latitude')
    const missing = problem(await post('provinces', { id: PROV_X, name: 'x', links: [{ type: 'IN', to: `${P}-nowhere` }] }), 404)
    expect(missing.detail).toContain(`${P}-nowhere`)
    const triple = problem(await post('provinces', { id: PROV_X, name: 'x', links: [{ type: 'IN', to: PROV_1 }] }), 422)
    expect(triple.allowed).toEqual(['(Province)-[:IN]->(Country)'])
    problem(await get(`/provinces/${PROV_X}`), 404)

    await create('provinces', { id: PROV_X, name: 'R East', links: [{ type: 'IN', to: COUNTRY_2 }] })
    expect(await ids(`/provinces?country=${COUNTRY}`)).toEqual([PROV_1, PROV_2])
    expect(await ids(`/provinces?country=${COUNTRY_2}`)).toEqual([PROV_X])
    const p2 = ok(await get(`/provinces/${PROV_2}`))
    expect(p2.location).toEqual({ latitude: -31, longitude: -21 })
    expect((p2.context as Json).countries).toEqual([{ id: COUNTRY, name: 'Testland Q' }])
  })

  it('hard delete of a linked country is 409, of an unlinked one 204', async () => {
    const linked = problem(await app.inject({ method: 'DELETE', url: `/countries/${COUNTRY_2}` }), 409)
    expect(linked.detail).toContain(COUNTRY_2)
    expect(linked.links).toBe(1)
    expect((await app.inject({ method: 'DELETE', url: `/provinces/${PROV_X}` })).statusCode).toBe(204)
    problem(await get(`/provinces/${PROV_X}`), 404)
    problem(await app.inject({ method: 'DELETE', url: `/countries/${COUNTRY_2}`, headers: { 'if-match': '"5"' } }), 412)
    expect((await app.inject({ method: 'DELETE', url: `/countries/${COUNTRY_2}` })).statusCode).toBe(204)
    problem(await get(`/countries/${COUNTRY_2}`), 404)
    problem(await app.inject({ method: 'DELETE', url: `/countries/${COUNTRY_2}` }), 404)
    expect((await app.inject({ method: 'PATCH', url: `/countries/${COUNTRY}`, payload: { name: 'Testland Q' } })).statusCode).toBe(200)
  })
})

describe('read-only resources: stages and recommendations', () => {
  it('stages list in the cycle order with sort=order; get has an ETag', async () => {
    expect(await ids('/stages?sort=order')).toEqual(['stage-creation', 'stage-production', 'stage-dissemination', 'stage-exhibition', 'stage-consumption'])
    const res = await get('/stages/stage-production')
    const stage = ok(res)
    expect(stage).toMatchObject({ id: 'stage-production', name: 'Production', order: 2 })
    expect(res.headers.etag).toBe(`"${stage.version}"`)
    problem(await get('/stages/stage-nothing'), 404)
    problem(await get('/stages?kind=x'), 400)
  })

  it('recommendations list R01..R12 in order', async () => {
    expect(await ids('/recommendations?sort=order')).toEqual(Array.from({ length: 12 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`))
    const r4 = ok(await get('/recommendations/R04'))
    expect(typeof r4.title).toBe('string')
    const page = await list('/recommendations?sort=order&limit=5')
    expect(page.items.map((i) => i.id)).toEqual(['R01', 'R02', 'R03', 'R04', 'R05'])
    const next = await list(`/recommendations?sort=order&limit=10&cursor=${encodeURIComponent(page.nextCursor!)}`)
    expect(next.items.map((i) => i.id)).toEqual(['R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12'])
    expect(next.nextCursor).toBeNull()
  })

  it('writes are 405 with Allow: GET', async () => {
    const cases: [string, string][] = [
      ['POST', '/stages'], ['DELETE', '/stages/stage-creation'], ['PATCH', '/stages/stage-creation'], ['PUT', '/stages/stage-creation'],
      ['POST', '/recommendations'], ['DELETE', '/recommendations/R01'], ['PATCH', '/recommendations/R01']
    ]
    for (const [method, url] of cases) {
      const res = await app.inject({ method: method as 'POST', url, ...(method === 'DELETE' ? {} : { payload: { name: 'x' } }) })
      const body = problem(res, 405)
      expect(res.headers.allow).toBe('GET')
      expect(body.allowed).toEqual(['GET'])
      expect(body.detail).toContain(method)
    }
    expect(ok(await get('/stages/stage-creation')).version).toBeGreaterThanOrEqual(1)
  })
})
