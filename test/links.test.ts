// Links (src/modules/links): create against the model's triple table and property schemas,
// find by ends or type, get, delete, and the links of one node, against the real Neo4j.
// The file builds its own small graph in country XS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { problem } from './helpers/assert.js'
import { closeTestDriver, testApp, testDb, uniquePrefix } from './helpers/app.js'

type Json = Record<string, unknown>
type Link = { id: string, type: string, from: string, to: string, properties: Json, createdAt: string, updatedAt: string, version: number }
type NodeLink = Link & { other: { id: string, labels: string[], name: string | null } }
type Page<T> = { items: T[], nextCursor: string | null }

const P = uniquePrefix('lnk')
const COUNTRY = 'XS'
const PROV = 'XS-01'
const FIXED_IDS = [COUNTRY, PROV]
const A = `${P}-maker` // CreativeProducer in XS-01
const B = `${P}-tours` // TourismOperator
const INV = `${P}-fund` // Investor
const EDU = `${P}-school` // EducationProvider
const GONE = `${P}-gone` // soft-deleted NGO
const DST = `${P}-museum` // Destination
const INI = `${P}-ini` // Initiative
const MISSING = `${P}-missing`

let app: FastifyInstance


function ok<T> (res: LightMyRequestResponse, status = 200): T {
  expect(res.statusCode, res.body).toBe(status)
  return res.json() as T
}

async function postLink (payload: Json): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/links', payload })
}

async function link (payload: Json): Promise<Link> {
  return ok<Link>(await postLink(payload), 201)
}

async function get (url: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url })
}

async function create (path: string, payload: Json): Promise<void> {
  const res = await app.inject({ method: 'POST', url: `/${path}`, payload })
  expect(res.statusCode, res.body).toBe(201)
}

/** every page of a list, following nextCursor */
async function walk<T> (url: string, maxPages = 20): Promise<{ items: T[], pages: number[] }> {
  const items: T[] = []
  const pages: number[] = []
  let cursor: string | null = null
  do {
    const page: Page<T> = ok(await get(`${url}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`))
    items.push(...page.items)
    pages.push(page.items.length)
    cursor = page.nextCursor
  } while (cursor !== null && pages.length < maxPages)
  return { items, pages }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

beforeAll(async () => {
  app = await testApp()
  // Leftovers of a crashed earlier run (never those of a run in progress: they are younger).
  await testDb().write(async (tx) => {
    await tx.run(`MATCH (n:Entity) WHERE (n.id = 'XS' OR n.id STARTS WITH 'XS-') AND n.createdAt < datetime() - duration('PT10M')
      DETACH DELETE n`)
  })
  await create('countries', { id: COUNTRY, name: 'Testland S' })
  await create('provinces', { id: PROV, name: 'S West', links: [{ type: 'IN', to: COUNTRY }] })
  await create('stakeholders', { id: A, kind: 'CreativeProducer', name: 'Maker S', links: [{ type: 'LOCATED_IN', to: PROV }] })
  await create('stakeholders', { id: B, kind: 'TourismOperator', name: 'Tours S' })
  await create('stakeholders', { id: INV, kind: 'Investor', name: 'Fund S' })
  await create('stakeholders', { id: EDU, kind: 'EducationProvider', name: 'School S' })
  await create('stakeholders', { id: GONE, kind: 'NGO', name: 'Gone S' })
  expect((await app.inject({ method: 'DELETE', url: `/stakeholders/${GONE}` })).statusCode).toBe(204)
  await create('destinations', { id: DST, name: 'Museum S', kinds: ['museum'], location: { latitude: -40, longitude: -30 } })
  await create('initiatives', { id: INI, name: 'Programme S', kind: 'training', green: true })
})

afterAll(async () => {
  await testDb().write(async (tx) => {
    await tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OR n.id IN $ids DETACH DELETE n', { prefix: P, ids: FIXED_IDS })
  })
  await app.close()
  await closeTestDriver()
})

// Links made by the tests below, in order, for the list and delete tests.
const made: Record<string, Link> = {}

describe('POST /links', () => {
  it('201 with the link, its id and a Location', async () => {
    const res = await postLink({ from: A, type: 'SUPPLIES', to: B, properties: { stage: 'stage-production', productId: 'silk', since: 2020 } })
    const body = ok<Link>(res, 201)
    expect(body).toEqual({
      id: expect.stringMatching(/^lnk-[A-Za-z0-9_-]+$/), type: 'SUPPLIES', from: A, to: B,
      properties: { stage: 'stage-production', productId: 'silk', since: 2020 },
      createdAt: expect.any(String), updatedAt: body.createdAt, version: 1
    })
    expect(Number.isNaN(Date.parse(body.createdAt))).toBe(false)
    expect(res.headers.location).toBe(`/links/${body.id}`)
    made.supplies = body
  })

  it('links without properties get {}; each type between its own labels', async () => {
    made.partners = await link({ from: A, type: 'PARTNERS_WITH', to: B, properties: { since: 2019, kind: 'co-production' } })
    made.worksIn = await link({ from: A, type: 'WORKS_IN', to: 'fcs-c-crafts' })
    expect(made.worksIn.properties).toEqual({})
    made.activeAt = await link({ from: A, type: 'ACTIVE_AT', to: DST, properties: { role: 'sells' } })
    made.invests = await link({ from: INV, type: 'INVESTS_IN', to: A, properties: { amountUsd: 50000, year: 2024, green: true } })
    made.trains = await link({ from: EDU, type: 'TRAINS_IN', to: 'fcs-c' })
    made.supports = await link({ from: INI, type: 'SUPPORTS', to: A, properties: { amountUsd: 1000 } })
    made.runs = await link({ from: B, type: 'RUNS', to: INI })
    expect(made.invests.properties).toEqual({ amountUsd: 50000, year: 2024, green: true })
  })

  it('409 for a duplicate link, naming the existing one', async () => {
    const body = problem(await postLink({ from: A, type: 'SUPPLIES', to: B, properties: { stage: 'stage-production', productId: 'silk', since: 2020 } }), 409)
    expect(body.existingId).toBe(made.supplies!.id)
    expect(body.detail).toContain(made.supplies!.id)
    // the same ends and type without properties are still the same link
    problem(await postLink({ from: A, type: 'WORKS_IN', to: 'fcs-c-crafts' }), 409)
    problem(await postLink({ from: INV, type: 'INVESTS_IN', to: A, properties: { green: false } }), 409)
  })

  it('SUPPLIES of another product between the same ends is another link', async () => {
    made.supplies2 = await link({ from: A, type: 'SUPPLIES', to: B, properties: { productId: 'lacquer' } })
    expect(made.supplies2.id).not.toBe(made.supplies!.id)
  })

  it('PARTNERS_WITH is read both ways: the reverse of an existing partnership is a duplicate (409)', async () => {
    const res = await postLink({ from: B, type: 'PARTNERS_WITH', to: A })
    // keep the graph of the other tests intact whatever happens here
    if (res.statusCode === 201) await app.inject({ method: 'DELETE', url: `/links/${String(res.json().id)}` })
    const body = problem(res, 409)
    expect(body.existingId).toBe(made.partners!.id)
  })

  it('ACTIVE_AT without role, or with an unknown role, is 400', async () => {
    const missing = problem(await postLink({ from: B, type: 'ACTIVE_AT', to: DST }), 400)
    expect(missing.errors).toHaveLength(1)
    expect(missing.errors![0]!.in).toBe('body')
    expect(missing.errors![0]!.pointer).toMatch(/^\/properties/)
    expect(`${missing.errors![0]!.pointer} ${missing.errors![0]!.message}`).toContain('role')
    const unknown = problem(await postLink({ from: B, type: 'ACTIVE_AT', to: DST, properties: { role: 'dances' } }), 400)
    expect(unknown.errors?.[0]?.pointer).toBe('/properties/role')
    expect(ok<Page<Link>>(await get(`/links?from=${B}&type=ACTIVE_AT`)).items).toEqual([])
    // an unknown enum value is answered with the allowed values
    expect(unknown.errors?.[0]?.message).toBe('must be one of: sells, performs, exhibits, guides, operates, manages')
  })

  it('400 for unknown or ill-typed link properties', async () => {
    const extra = problem(await postLink({ from: A, type: 'WORKS_IN', to: 'fcs-c', properties: { weight: 3 } }), 400)
    expect(extra.errors).toContainEqual({ in: 'body', pointer: '/properties/weight', message: "unknown property 'weight'" })
    const since = problem(await postLink({ from: A, type: 'SUPPLIES', to: B, properties: { since: 'soon' } }), 400)
    expect(since.errors?.[0]?.pointer).toBe('/properties/since')
    const stage = problem(await postLink({ from: A, type: 'SUPPLIES', to: B, properties: { stage: 'production' } }), 400)
    expect(stage.errors?.[0]?.pointer).toBe('/properties/stage')
    const amount = problem(await postLink({ from: INI, type: 'SUPPORTS', to: B, properties: { amountUsd: -5 } }), 400)
    expect(amount.errors?.[0]?.pointer).toBe('/properties/amountUsd')
    // one unknown property is one error (not also a second, cryptic 'schema is false' one)
    expect(extra.errors).toEqual([{ in: 'body', pointer: '/properties/weight', message: "unknown property 'weight'" }])
  })

  it('INVESTS_IN: from a non-Investor is 422 naming the allowed triple; without green is 400', async () => {
    const body = problem(await postLink({ from: A, type: 'INVESTS_IN', to: B, properties: { green: true } }), 422)
    expect(body.allowed).toEqual(['(Investor)-[:INVESTS_IN]->(Stakeholder)'])
    expect(body.detail).toContain(A)
    expect(body.detail).toContain('(Investor)-[:INVESTS_IN]->(Stakeholder)')
    const green = problem(await postLink({ from: INV, type: 'INVESTS_IN', to: B, properties: { amountUsd: 10 } }), 400)
    expect(`${green.errors?.[0]?.pointer} ${green.errors?.[0]?.message}`).toContain('green')
    expect(ok<Page<Link>>(await get(`/links?to=${B}&type=INVESTS_IN`)).items).toEqual([])
  })

  it('422 for other forbidden triples, listing the allowed ones', async () => {
    expect(problem(await postLink({ from: A, type: 'TRAINS_IN', to: 'fcs-c' }), 422).allowed).toEqual(['(EducationProvider)-[:TRAINS_IN]->(Sector)'])
    expect(problem(await postLink({ from: DST, type: 'ACTIVE_AT', to: A, properties: { role: 'sells' } }), 422).allowed).toEqual(['(Stakeholder)-[:ACTIVE_AT]->(Destination)'])
    expect(problem(await postLink({ from: A, type: 'IN', to: COUNTRY }), 422).allowed).toEqual(['(Province)-[:IN]->(Country)'])
    expect(problem(await postLink({ from: A, type: 'ADDRESSES', to: 'R01' }), 422).allowed).toEqual(['(Regulation)-[:ADDRESSES]->(Recommendation)', '(Initiative)-[:ADDRESSES]->(Recommendation)'])
  })

  it('404 naming the missing node(s); a soft-deleted node counts as missing', async () => {
    const to = problem(await postLink({ from: A, type: 'MEMBER_OF', to: MISSING }), 404)
    expect(to.detail).toContain(MISSING)
    expect(to.missing).toEqual([MISSING])
    const from = problem(await postLink({ from: MISSING, type: 'MEMBER_OF', to: A }), 404)
    expect(from.missing).toEqual([MISSING])
    const both = problem(await postLink({ from: MISSING, type: 'MEMBER_OF', to: `${MISSING}-2` }), 404)
    expect(both.missing).toEqual([MISSING, `${MISSING}-2`])
    expect(both.detail).toContain(`${MISSING}-2`)
    const gone = problem(await postLink({ from: A, type: 'MEMBER_OF', to: GONE }), 404)
    expect(gone.detail).toContain(GONE)
  })

  it('400 for an unknown type (listing the allowed ones), missing ends, unknown body properties, malformed ids', async () => {
    const type = problem(await postLink({ from: A, type: 'LIKES', to: B }), 400)
    expect(type.errors?.[0]?.pointer).toBe('/type')
    expect(type.errors?.[0]?.message).toMatch(/^must be one of: LOCATED_IN, IN, WORKS_IN, .*BROADER$/)
    expect(problem(await postLink({ type: 'MEMBER_OF', to: B }), 400).errors).toEqual([{ in: 'body', pointer: '/from', message: 'is required' }])
    expect(problem(await postLink({ from: A, type: 'MEMBER_OF', to: B, colour: 'red' }), 400).errors)
      .toEqual([{ in: 'body', pointer: '/colour', message: "unknown property 'colour'" }])
    expect(problem(await postLink({ from: 'bad id!', type: 'MEMBER_OF', to: B }), 400).errors?.[0]?.pointer).toBe('/from')
    problem(await postLink({ from: A, type: 'MEMBER_OF', to: B, properties: 'since 2020' }), 400)
    expect(ok<Page<Link>>(await get(`/links?from=${A}&type=MEMBER_OF`)).items).toEqual([])
  })
})

describe('GET /links and /links/{id}', () => {
  it('GET /links/{id} returns the link as created', async () => {
    expect(ok<Link>(await get(`/links/${made.supplies!.id}`))).toEqual(made.supplies)
    expect(ok<Link>(await get(`/links/${made.invests!.id}`))).toEqual(made.invests)
  })

  it('404 for an unknown link id, 400 for a malformed one', async () => {
    expect(problem(await get(`/links/lnk-${P}`), 404).detail).toContain(`lnk-${P}`)
    problem(await get('/links/bad%20id!'), 400)
  })

  it('by from, from+type, from+to, to, to+type', async () => {
    const located = await locatedInOf(A)
    expect(located).toEqual([expect.objectContaining({ type: 'LOCATED_IN', from: A, to: PROV, properties: {} })])
    const fromA = [made.supplies!, made.partners!, made.worksIn!, made.activeAt!, made.supplies2!, ...located].sort(byId)
    expect(ok<Page<Link>>(await get(`/links?from=${A}`))).toEqual({ items: fromA, nextCursor: null })
    expect(ok<Page<Link>>(await get(`/links?from=${A}&type=SUPPLIES`)).items).toEqual([made.supplies!, made.supplies2!].sort(byId))
    expect(ok<Page<Link>>(await get(`/links?from=${A}&to=${B}`)).items).toEqual([made.supplies!, made.partners!, made.supplies2!].sort(byId))
    expect(ok<Page<Link>>(await get(`/links?from=${A}&to=${B}&type=PARTNERS_WITH`)).items).toEqual([made.partners])
    expect(ok<Page<Link>>(await get(`/links?to=${A}`)).items).toEqual([made.invests!, made.supports!].sort(byId))
    expect(ok<Page<Link>>(await get(`/links?to=${A}&type=SUPPORTS`)).items).toEqual([made.supports])
    expect(ok<Page<Link>>(await get(`/links?to=${MISSING}`))).toEqual({ items: [], nextCursor: null })
  })

  it('by type alone, paginated in id order', async () => {
    const { items, pages } = await walk<Link>('/links?type=TRAINS_IN&limit=50', 1000)
    expect(pages.length).toBeLessThan(1000)
    const ids = items.map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    expect(items.every((l) => l.type === 'TRAINS_IN')).toBe(true)
    expect(ids).toContain(made.trains!.id)
  })

  it('walks every page with a small limit: each link once, in id order, null cursor at the end', async () => {
    const expected = [made.supplies!, made.partners!, made.worksIn!, made.activeAt!, made.supplies2!, ...(await locatedInOf(A))].sort(byId)
    expect(expected).toHaveLength(6)
    const { items, pages } = await walk<Link>(`/links?from=${A}&limit=4`)
    expect(pages).toEqual([4, 2])
    expect(items).toEqual(expected)
    const full = ok<Page<Link>>(await get(`/links?from=${A}&limit=6`))
    expect(full.items).toHaveLength(6)
    expect(full.nextCursor).toBeNull()
  })

  it('400: no filter, limit out of range, foreign or garbage cursor, unknown type or parameter', async () => {
    expect(problem(await get('/links'), 400).detail).toMatch(/from, to or type/)
    expect(problem(await get(`/links?from=${A}&limit=501`), 400).errors?.[0]?.pointer).toBe('/limit')
    expect(problem(await get(`/links?from=${A}&limit=0`), 400).errors?.[0]?.pointer).toBe('/limit')
    const page = ok<Page<Link>>(await get(`/links?from=${A}&limit=2`))
    const cursor = encodeURIComponent(page.nextCursor!)
    expect(problem(await get(`/links?from=${B}&limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/links?from=${A}&type=SUPPLIES&limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/stakeholders/${A}/links?limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/stakeholders?limit=2&cursor=${cursor}`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/links?from=${A}&cursor=garbage`), 400).detail).toMatch(/cursor/)
    expect(problem(await get(`/links?type=LIKES`), 400).errors?.[0]?.message).toContain('INVESTS_IN')
    expect(problem(await get(`/links?from=${A}&colour=red`), 400).errors?.[0]?.pointer).toBe('/colour')
  })
})

/** the LOCATED_IN link the stakeholder was created with, read back by its ends */
async function locatedInOf (id: string): Promise<Link[]> {
  return ok<Page<Link>>(await get(`/links?from=${id}&type=LOCATED_IN`)).items
}

describe('GET /{resource}/{id}/links', () => {
  it('direction and type, with the node at the other end', async () => {
    const out = ok<Page<NodeLink>>(await get(`/stakeholders/${B}/links?direction=out`))
    expect(out.items).toEqual([{ ...made.runs, other: { id: INI, labels: ['Initiative'], name: 'Programme S' } }])
    const incoming = ok<Page<NodeLink>>(await get(`/stakeholders/${B}/links?direction=in`))
    expect(incoming.items).toEqual([made.supplies!, made.partners!, made.supplies2!].sort(byId)
      .map((l) => ({ ...l, other: { id: A, labels: expect.arrayContaining(['Stakeholder', 'CreativeProducer']), name: 'Maker S' } })))
    expect(incoming.items[0]!.other.labels).toHaveLength(2)
    const both = ok<Page<NodeLink>>(await get(`/stakeholders/${B}/links`))
    expect(both.items.map((l) => l.id)).toEqual([made.supplies!, made.partners!, made.supplies2!, made.runs!].map((l) => l.id).sort())
    expect(ok<Page<NodeLink>>(await get(`/stakeholders/${B}/links?direction=both&type=PARTNERS_WITH`)).items.map((l) => l.id)).toEqual([made.partners!.id])
    expect(ok<Page<NodeLink>>(await get(`/stakeholders/${B}/links?direction=out&type=PARTNERS_WITH`)).items).toEqual([])
  })

  it('works for every resource: a country, a sector, a destination', async () => {
    const country = ok<Page<NodeLink>>(await get(`/countries/${COUNTRY}/links?direction=in`))
    expect(country.items).toHaveLength(1)
    expect(country.items[0]).toMatchObject({ type: 'IN', from: PROV, to: COUNTRY, other: { id: PROV, labels: ['Province'], name: 'S West' } })
    const dst = ok<Page<NodeLink>>(await get(`/destinations/${DST}/links`))
    expect(dst.items).toEqual([{ ...made.activeAt, other: { id: A, labels: expect.any(Array), name: 'Maker S' } }])
    const sector = ok<Page<NodeLink>>(await get(`/sectors/fcs-c/links?direction=in&type=TRAINS_IN&limit=500`))
    expect(sector.items.map((l) => l.id)).toContain(made.trains!.id)
  })

  it('paginates', async () => {
    const { items, pages } = await walk<NodeLink>(`/stakeholders/${A}/links?direction=both&limit=3`)
    // out: SUPPLIES x2, PARTNERS_WITH, WORKS_IN, ACTIVE_AT, LOCATED_IN; in: INVESTS_IN, SUPPORTS
    expect(pages).toEqual([3, 3, 2])
    const ids = items.map((l) => l.id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(8)
  })

  it('404 for an unknown node, a soft-deleted one or one of another resource; 400 for bad parameters', async () => {
    expect(problem(await get(`/stakeholders/${MISSING}/links`), 404).detail).toContain(MISSING)
    problem(await get(`/stakeholders/${GONE}/links`), 404)
    problem(await get(`/destinations/${A}/links`), 404)
    expect(problem(await get(`/stakeholders/${A}/links?direction=sideways`), 400).errors?.[0]?.message).toBe('must be one of: out, in, both')
    problem(await get(`/stakeholders/${A}/links?type=LIKES`), 400)
    problem(await get(`/stakeholders/${A}/links?limit=501`), 400)
    problem(await get(`/stakeholders/${A}/links?cursor=garbage`), 400)
    const page = ok<Page<NodeLink>>(await get(`/stakeholders/${A}/links?limit=2`))
    expect(problem(await get(`/stakeholders/${A}/links?direction=out&limit=2&cursor=${encodeURIComponent(page.nextCursor!)}`), 400).detail).toMatch(/cursor/)
  })
})

describe('DELETE /links/{id}', () => {
  it('deletes for good: 204, then 404 on get and delete; the ends stay', async () => {
    const id = made.supplies2!.id
    const res = await app.inject({ method: 'DELETE', url: `/links/${id}` })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
    problem(await get(`/links/${id}`), 404)
    expect(problem(await app.inject({ method: 'DELETE', url: `/links/${id}` }), 404).detail).toContain(id)
    expect(ok<Page<Link>>(await get(`/links?from=${A}&type=SUPPLIES`)).items).toEqual([made.supplies])
    expect((await get(`/stakeholders/${B}`)).statusCode).toBe(200)
    const count = await testDb().read(async (tx) => (await tx.run('MATCH ()-[r {id: $id}]->() RETURN count(r) AS c', { id })).records[0]!.get('c'))
    expect(Number(count)).toBe(0)
  })

  it('after deleting a link, the same link can be made again', async () => {
    const again = await link({ from: A, type: 'SUPPLIES', to: B, properties: { productId: 'lacquer' } })
    expect(again.id).not.toBe(made.supplies2!.id)
  })

  it('a country becomes deletable once its last link is gone', async () => {
    problem(await app.inject({ method: 'DELETE', url: `/countries/${COUNTRY}` }), 409)
    const [inLink] = ok<Page<Link>>(await get(`/links?to=${COUNTRY}`)).items
    expect(inLink).toMatchObject({ type: 'IN', from: PROV, to: COUNTRY })
    expect((await app.inject({ method: 'DELETE', url: `/links/${inLink!.id}` })).statusCode).toBe(204)
    expect((await app.inject({ method: 'DELETE', url: `/countries/${COUNTRY}` })).statusCode).toBe(204)
    problem(await get(`/countries/${COUNTRY}`), 404)
  })

  it('400 for a malformed id; 405 for methods links do not have', async () => {
    problem(await app.inject({ method: 'DELETE', url: '/links/bad%20id!' }), 400)
    const res = await app.inject({ method: 'PATCH', url: `/links/${made.supplies!.id}`, payload: { properties: {} } })
    expect(problem(res, 405).allowed).toEqual(['GET', 'DELETE'])
  })
})
