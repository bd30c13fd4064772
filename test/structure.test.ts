// GET /analysis/structure: analyseStructure on hand-made projections whose answers are worked out
// by hand below, then the route on a small graph built through the API in test countries XH and XJ.
//
// Unit graph (ids a–h), links read undirected for degree, betweenness and communities:
//
//     a ─ b              e
//      \ /             / |        h (isolated)
//       c ─── g ─── d  |
//                      \ |
//                        f
//   a, b, c, g in XH; d, e, f, h in XJ. a–b carries two links (SUPPLIES and PARTNERS_WITH).
//
// Degree (distinct neighbours): c 3, d 3, then a, b, e, f, g 2; h 0.
// Betweenness (shortest paths between other pairs through the node, each unordered pair once):
//   g: every path between {a, b, c} and {d, e, f}: 3 × 3 = 9.
//   c: every path between {a, b} and {g, d, e, f}: 2 × 4 = 8;  d likewise: {e, f} × {g, c, b, a} = 8.
//   a, b, e, f, h: 0 (a–b, e–f are direct; the triangles give a single shortest path each).
// Communities: the two triangles (g joins one of them): 2; h is isolated, not a community.
// Cross-border: g–d (PARTNERS_WITH) is XH–XJ; the projection also carries two external links, from
//   c to a stakeholder in XK (SUPPLIES) and from h to one in XK (MEMBER_OF): XH–XJ 1, XH–XK 1, XJ–XK 1.
//   h is isolated but has a cross-border link: crossBorderOnly 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { UndirectedGraph } from 'graphology'
import { closeTestDriver, testApp, testDb } from './helpers/app.js'
import { create } from './helpers/assert.js'
import { analyseStructure, betweenness, seededRandom, type Projection, type ProjectionNode } from '../src/modules/structure/service.js'

const node = (id: string, kind: string, country: string | null, sectors: string[] = []): ProjectionNode =>
  ({ id, name: id.toUpperCase(), kind, country, sectors, domains: sectors.map((s) => s.slice(0, 5)) })

const twoTriangles = (): Projection => ({
  nodes: [
    node('a', 'CreativeProducer', 'XH', ['fcs-c-crafts']), node('b', 'CreativeProducer', 'XH', ['fcs-c-crafts']),
    node('c', 'CreativeProducer', 'XH', ['fcs-b-music']), node('g', 'CCIOrganisation', 'XH'),
    node('d', 'TourismOperator', 'XJ', ['fcs-b-music']), node('e', 'TourismOperator', 'XJ', ['fcs-b-music']),
    node('f', 'CreativeProducer', 'XJ'), node('h', 'NGO', 'XJ')
  ],
  links: [
    { from: 'a', to: 'b', type: 'SUPPLIES' }, { from: 'b', to: 'a', type: 'PARTNERS_WITH' },
    { from: 'b', to: 'c', type: 'SUPPLIES' }, { from: 'c', to: 'a', type: 'MEMBER_OF' },
    { from: 'c', to: 'g', type: 'MEMBER_OF' }, { from: 'g', to: 'd', type: 'PARTNERS_WITH' },
    { from: 'd', to: 'e', type: 'SUPPLIES' }, { from: 'e', to: 'f', type: 'SUPPLIES' }, { from: 'f', to: 'd', type: 'SUPPLIES' },
    // ignored: a self-link, and a link to a stakeholder the projection does not hold (beyond the cap)
    { from: 'a', to: 'a', type: 'PARTNERS_WITH' }, { from: 'y', to: 'a', type: 'SUPPLIES' },
    // external: one end abroad (counted for cross-border links only)
    { from: 'c', to: 'z1', type: 'SUPPLIES', external: true, other: 'z1', otherCountry: 'XK' },
    { from: 'z2', to: 'h', type: 'MEMBER_OF', external: true, other: 'z2', otherCountry: 'XK' }
  ],
  capped: false
})

const values = (items: { id: string, value: number }[]) => Object.fromEntries(items.map((i) => [i.id, i.value]))

describe('analyseStructure (hand-worked)', () => {
  const result = analyseStructure(twoTriangles(), { top: 10, seed: 42 })

  it('counts the network, ignoring self-links and ends it does not hold', () => {
    expect(result.size).toEqual({ stakeholders: 8, links: 9, edges: 8, capped: false, unlocated: 0 })
  })

  it('ranks by degree (distinct neighbours), ties by id', () => {
    expect(result.degree.map((r) => [r.id, r.value])).toEqual([['c', 3], ['d', 3], ['a', 2], ['b', 2], ['e', 2], ['f', 2], ['g', 2], ['h', 0]])
    expect(result.degree[0]).toEqual({ id: 'c', name: 'C', kind: 'CreativeProducer', country: 'XH', value: 3 })
    expect(analyseStructure(twoTriangles(), { top: 2, seed: 42 }).degree.map((r) => r.id)).toEqual(['c', 'd'])
  })

  it('gives the bridge the highest betweenness: g 9, c 8, d 8, the rest 0, exactly', () => {
    expect(result.method.betweenness).toMatchObject({ exact: true, samples: null })
    expect(result.betweenness.slice(0, 3).map((r) => r.id)).toEqual(['g', 'c', 'd'])
    expect(values(result.betweenness)).toEqual({ g: 9, c: 8, d: 8, a: 0, b: 0, e: 0, f: 0, h: 0 })
  })

  it('finds the two triangles as communities, with their dominant kind and sector; h is isolated', () => {
    const { communities } = result
    expect(communities.count).toBe(2)
    expect(communities.modularity).toBeGreaterThan(0.3)
    const of = (id: string) => communities.items.find((c) => c.members.includes(id))!.id
    expect(of('a')).toBe(of('b'))
    expect(of('a')).toBe(of('c'))
    expect(of('d')).toBe(of('e'))
    expect(of('d')).toBe(of('f'))
    expect(of('a')).not.toBe(of('d'))
    expect(communities.items.map((c) => c.size)).toEqual([4, 3])
    expect(communities.items.flatMap((c) => c.members)).not.toContain('h')
    const left = communities.items.find((c) => c.id === of('a'))!
    expect(left.dominantKind).toEqual({ kind: 'CreativeProducer', count: 3 })
    expect(left.dominantSector).toEqual({ sector: 'fcs-c-crafts', count: 2 })
    expect(left.dominantDomain).toEqual({ domain: 'fcs-c', count: 2 })
    const right = communities.items.find((c) => c.id === of('d'))!
    expect(right.dominantKind).toEqual({ kind: 'TourismOperator', count: 2 })
    expect(right.dominantSector).toEqual({ sector: 'fcs-b-music', count: 2 })
    // g, the bridge, joins one triangle: its community spans both countries.
    expect(communities.items.find((c) => c.members.includes('g'))!.countries).toEqual(['XH', 'XJ'])
  })

  it('gives the same communities on every run (seeded)', () => {
    expect(analyseStructure(twoTriangles(), { top: 10, seed: 42 }).communities).toEqual(result.communities)
  })

  it('lists isolated stakeholders, and whether they only have cross-border links', () => {
    expect(result.isolated).toEqual({ count: 1, ids: ['h'], crossBorderOnly: 1 })
  })

  it('counts cross-border links per country pair, external ones included', () => {
    expect(result.crossBorder).toEqual({
      links: 3,
      pairs: [
        { countries: ['XH', 'XJ'], links: 1, byType: { PARTNERS_WITH: 1 } },
        { countries: ['XH', 'XK'], links: 1, byType: { SUPPLIES: 1 } },
        { countries: ['XJ', 'XK'], links: 1, byType: { MEMBER_OF: 1 } }
      ]
    })
  })

  it('computes PageRank on directed links: three members of an association, by hand', () => {
    // x, y, z MEMBER_OF m; m has no out-link (its rank is spread over all four). With α = 0.85, N = 4:
    //   p (each member) = 0.15/4 + 0.85·q/4,  q (m) = 0.15/4 + 0.85·q/4 + 0.85·3p,  3p + q = 1
    //   ⇒ p = 0.25 / 1.6375 = 0.152672,  q = 1 − 3p = 0.541985.
    const star: Projection = {
      nodes: ['m', 'x', 'y', 'z'].map((id) => node(id, id === 'm' ? 'CCIOrganisation' : 'CreativeProducer', 'XH')),
      links: ['x', 'y', 'z'].map((id) => ({ from: id, to: 'm', type: 'MEMBER_OF' })),
      capped: false
    }
    const ranks = values(analyseStructure(star, { top: 10, seed: 1 }).pagerank)
    expect(ranks.m).toBeCloseTo(0.541985, 5)
    expect(ranks.x).toBeCloseTo(0.152672, 5)
    // PARTNERS_WITH is read both ways: one partnership between two stakeholders gives them equal rank.
    const pair: Projection = { nodes: [node('p', 'NGO', 'XH'), node('q', 'NGO', 'XH')], links: [{ from: 'p', to: 'q', type: 'PARTNERS_WITH' }], capped: false }
    expect(values(analyseStructure(pair, { top: 10, seed: 1 }).pagerank)).toEqual({ p: 0.5, q: 0.5 })
  })

  it('estimates betweenness from sampled sources above the limit, and says so', () => {
    const graph = new UndirectedGraph()
    const p = twoTriangles()
    for (const n of p.nodes) graph.addNode(n.id)
    for (const l of p.links) if (!l.external && l.from !== l.to && graph.hasNode(l.from) && graph.hasNode(l.to) && !graph.hasEdge(l.from, l.to)) graph.addEdge(l.from, l.to)
    // Sampling every source (in a shuffled order) gives the exact values.
    const all = betweenness(graph, { limit: 0, samples: 8, rng: seededRandom(3), force: 'sampled' })
    expect(all.exact).toBe(false)
    expect(Object.fromEntries(all.values)).toEqual({ a: 0, b: 0, c: 8, g: 9, d: 8, e: 0, f: 0, h: 0 })
    const sampled = analyseStructure(p, { top: 10, seed: 42, exactBetweennessLimit: 10, betweennessSamples: 4 })
    expect(sampled.method.betweenness).toMatchObject({ exact: false, samples: 4 })
    expect(analyseStructure(p, { top: 10, seed: 42, exactBetweennessLimit: 10, betweennessSamples: 4 }).betweenness).toEqual(sampled.betweenness)
  })

  it('answers an empty network', () => {
    const empty = analyseStructure({ nodes: [], links: [], capped: false }, { top: 10, seed: 1 })
    expect(empty.size.stakeholders).toBe(0)
    expect(empty.degree).toEqual([])
    expect(empty.communities).toEqual({ count: 0, modularity: null, items: [] })
    expect(empty.crossBorder).toEqual({ links: 0, pairs: [] })
  })
})

// Through the API, in test countries XH (province XH-01) and XJ (province XJ-01):
//   XH: h1 CreativeProducer crafts, h2 CreativeProducer crafts, h3 CCIOrganisation crafts (all in XH-01),
//       h4 NGO in XH-01 with no link (isolated); h5 CreativeProducer crafts, soft-deleted.
//       h1 SUPPLIES h2, h1 MEMBER_OF h3, h2 MEMBER_OF h3 (a triangle), h5 PARTNERS_WITH h1.
//   XJ: j1 TourismOperator crafts, LOCATED_IN the country XJ directly; j2 CreativeProducer music in XJ-01;
//       j3 CreativeProducer crafts in XJ-01, soft-deleted.
//       j1 PARTNERS_WITH j2; cross-border: h2 SUPPLIES j1, j2 PARTNERS_WITH h3, j3 PARTNERS_WITH h1.
// country=XH: h1–h4 (h5 deleted): 3 links, degree 2 each in the triangle, h4 isolated; cross-border
//   XH–XJ: h2→j1 (SUPPLIES) and j2→h3 (PARTNERS_WITH) = 2 (j3 is deleted).
// country=XH&sector=fcs-c: h1–h3 (h4 has no sector); j2 is music, so only h2→j1 counts: 1.
// country=XJ: j1, j2: 1 link; cross-border XH–XJ 2 (seen from the other side).
const X = 't-st'
const id = (s: string) => `${X}-${s}`
let app: FastifyInstance

async function cleanup () {
  await testDb().write((tx) => tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $p OR n.id IN ['XH', 'XJ', 'XH-01', 'XJ-01'] DETACH DELETE n", { p: `${X}-` }))
}

beforeAll(async () => {
  // the region's projection is read from the shared test database, which other test files fill at the
  // same time: give it the time a busy CI machine needs (the 10 s default answered 503 there once)
  app = await testApp({ QUERY_TIMEOUT_MS: '60000' })
  await cleanup()
  const post = (url: string, payload: object) => create(app, url, payload)
  const crafts = { type: 'WORKS_IN', to: 'fcs-c-crafts' }
  await post('/countries', { id: 'XH', name: 'Test Country H' })
  await post('/countries', { id: 'XJ', name: 'Test Country J' })
  await post('/provinces', { id: 'XH-01', name: 'Test Province H1', links: [{ type: 'IN', to: 'XH' }] })
  await post('/provinces', { id: 'XJ-01', name: 'Test Province J1', links: [{ type: 'IN', to: 'XJ' }] })
  await post('/stakeholders', { id: id('h3'), kind: 'CCIOrganisation', name: 'Structure Crafts Council', links: [{ type: 'LOCATED_IN', to: 'XH-01' }, crafts] })
  await post('/stakeholders', { id: id('h1'), kind: 'CreativeProducer', name: 'Structure Weaver', links: [{ type: 'LOCATED_IN', to: 'XH-01' }, crafts, { type: 'MEMBER_OF', to: id('h3') }] })
  await post('/stakeholders', { id: id('h2'), kind: 'CreativeProducer', name: 'Structure Potter', links: [{ type: 'LOCATED_IN', to: 'XH-01' }, crafts, { type: 'MEMBER_OF', to: id('h3') }, { type: 'SUPPLIES', from: id('h1') }] })
  await post('/stakeholders', { id: id('h4'), kind: 'NGO', name: 'Structure Alone', links: [{ type: 'LOCATED_IN', to: 'XH-01' }] })
  await post('/stakeholders', { id: id('h5'), kind: 'CreativeProducer', name: 'Structure Gone', links: [{ type: 'LOCATED_IN', to: 'XH-01' }, crafts, { type: 'PARTNERS_WITH', to: id('h1') }] })
  await post('/stakeholders', { id: id('j1'), kind: 'TourismOperator', name: 'Structure Tours', links: [{ type: 'LOCATED_IN', to: 'XJ' }, crafts, { type: 'SUPPLIES', from: id('h2') }] })
  await post('/stakeholders', { id: id('j2'), kind: 'CreativeProducer', name: 'Structure Band', links: [{ type: 'LOCATED_IN', to: 'XJ-01' }, { type: 'WORKS_IN', to: 'fcs-b-music' }, { type: 'PARTNERS_WITH', to: id('h3') }, { type: 'PARTNERS_WITH', from: id('j1') }] })
  await post('/stakeholders', { id: id('j3'), kind: 'CreativeProducer', name: 'Structure Gone Too', links: [{ type: 'LOCATED_IN', to: 'XJ-01' }, crafts, { type: 'PARTNERS_WITH', to: id('h1') }] })
  for (const gone of [id('h5'), id('j3')]) {
    const res = await app.inject({ method: 'DELETE', url: `/stakeholders/${gone}` })
    if (res.statusCode !== 204) throw new Error(`DELETE ${gone}: ${res.statusCode} ${res.body}`)
  }
})

afterAll(async () => {
  await cleanup()
  await app.close()
  await closeTestDriver()
})

const get = async (url: string) => app.inject({ method: 'GET', url })

describe('GET /analysis/structure', () => {
  it('analyses one country: its stakeholders, their links, the isolated one, cross-border links', async () => {
    const res = await get('/analysis/structure?country=XH')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.filter).toEqual({ country: 'XH', sector: null })
    expect(body.size).toEqual({ stakeholders: 4, links: 3, edges: 3, capped: false, unlocated: 0 })
    expect(body.degree.map((r: { id: string, value: number }) => [r.id, r.value])).toEqual([[id('h1'), 2], [id('h2'), 2], [id('h3'), 2], [id('h4'), 0]])
    expect(body.degree[0]).toEqual({ id: id('h1'), name: 'Structure Weaver', kind: 'CreativeProducer', country: 'XH', value: 2 })
    expect(values(body.betweenness)).toEqual({ [id('h1')]: 0, [id('h2')]: 0, [id('h3')]: 0, [id('h4')]: 0 })
    expect(body.isolated).toEqual({ count: 1, ids: [id('h4')], crossBorderOnly: 0 })
    expect(body.communities.count).toBe(1)
    expect(body.communities.items[0]).toMatchObject({ size: 3, dominantKind: { kind: 'CreativeProducer', count: 2 }, dominantSector: { sector: 'fcs-c-crafts', count: 3 }, dominantDomain: { domain: 'fcs-c', count: 3 }, countries: ['XH'] })
    expect(body.crossBorder).toEqual({ links: 2, pairs: [{ countries: ['XH', 'XJ'], links: 2, byType: { PARTNERS_WITH: 1, SUPPLIES: 1 } }] })
    // h3 is joined by h1 and h2 (MEMBER_OF) and h1 supplies h2: PageRank flows to h3 most.
    expect(body.pagerank[0].id).toBe(id('h3'))
    expect(body.method.betweenness).toMatchObject({ exact: true, samples: null })
    expect(body.timing.queryMs).toBeGreaterThanOrEqual(0)
  })

  it('filters by sector (narrower sectors included), for the external ends too', async () => {
    const body = (await get('/analysis/structure?country=XH&sector=fcs-c')).json()
    expect(body.size.stakeholders).toBe(3)
    expect(body.isolated.count).toBe(0)
    expect(body.crossBorder).toEqual({ links: 1, pairs: [{ countries: ['XH', 'XJ'], links: 1, byType: { SUPPLIES: 1 } }] })
  })

  it('finds stakeholders located in the country directly, and sees the cross-border links from the other side', async () => {
    const body = (await get('/analysis/structure?country=XJ&top=1')).json()
    expect(body.size).toMatchObject({ stakeholders: 2, links: 1 })
    expect(body.degree).toHaveLength(1)
    expect(body.crossBorder.pairs).toEqual([{ countries: ['XH', 'XJ'], links: 2, byType: { PARTNERS_WITH: 1, SUPPLIES: 1 } }])
  })

  it('without a country, counts the XH–XJ links among all stakeholders', async () => {
    const res = await get('/analysis/structure?top=3')
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    const body = res.json()
    expect(body.filter).toEqual({ country: null, sector: null })
    expect(body.size.stakeholders).toBeGreaterThanOrEqual(6)
    expect(body.crossBorder.pairs.find((p: { countries: string[] }) => p.countries.join() === 'XH,XJ')).toEqual({ countries: ['XH', 'XJ'], links: 2, byType: { PARTNERS_WITH: 1, SUPPLIES: 1 } })
    expect(body.degree).toHaveLength(3)
  })

  it('400 for top outside 1–100, a lower-case country, an unknown parameter', async () => {
    for (const qs of ['top=0', 'top=101', 'top=ten', 'country=xx', 'country=XHX', 'depth=2']) {
      const res = await get(`/analysis/structure?${qs}`)
      expect(res.statusCode, qs).toBe(400)
      expect(res.headers['content-type'], qs).toMatch(/problem\+json/)
    }
  })

  it('the projection is a named query, listed with its parameters', async () => {
    const res = await get('/queries/structure-projection')
    expect(res.statusCode).toBe(200)
    expect(Object.keys(res.json().parameters)).toEqual(expect.arrayContaining(['country', 'sector', 'maxNodes']))
  })
})
