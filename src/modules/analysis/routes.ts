// The analyst's graph questions as REST: proximity to destinations and heritage sites, paths,
// ego networks, value chains. Each runs a named query (cypher/queries), whose header bounds the
// parameters (400 outside them, naming the bounds and the allowed values).
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ID_PATTERN, problemResponses } from '../../http/schemas.js'
import { GRAPH_FORMATS, TABLE_FORMATS, formatParam, formatResponse, negotiate, sendGraph, sendTable } from '../../http/formats/index.js'
import { heritageProximity, nearby, network, paths, valueChain, valueChains } from './service.js'

const list = (value: string | undefined) => (value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean))
const csvParam = (description: string, example: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: `${description} (comma-separated)`, examples: [example] }))
const int = (description: string, example: number) => Type.Optional(Type.Integer({ description, examples: [example] }))
const IdParam = (example: string) => Type.Object({ id: Type.String({ pattern: ID_PATTERN, examples: [example] }) }, { additionalProperties: false })

/** Drops undefined values, so the named query's defaults apply. */
function defined (o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}

const KINDS = 'stakeholder kinds: Government, CCIOrganisation, CreativeProducer, TourismOperator, EducationProvider, Investor, NGO, InternationalPartner, Community'
const VIA = 'relationship types a path may use; default ACTIVE_AT, SUPPLIES, PARTNERS_WITH, MEMBER_OF, INVESTS_IN (LOCATED_IN makes a whole province close)'

const PathSchema = Type.Object({
  hops: Type.Integer(),
  steps: Type.Array(Type.Object({ from: Type.String(), type: Type.String(), to: Type.String() })),
  explanation: Type.String()
}, { title: 'Path' })

const analysisRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/destinations/:id/nearby', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'Stakeholders near a destination (hops and/or km)',
      description: 'Stakeholders of the given kinds within N hops (1–4) of a destination over the chosen relationship types, optionally also within R km; each with its hop distance, the path it was reached by and its distance in km. "Creative producers within two hops of Angkor": `GET /destinations/whc-668/nearby?kinds=CreativeProducer&hops=2`.',
      params: IdParam('whc-668'),
      querystring: Type.Object({
        kinds: csvParam(KINDS, 'CreativeProducer'),
        hops: int('1–4, default 2', 2),
        via: csvParam(VIA, 'ACTIVE_AT,SUPPLIES,PARTNERS_WITH'),
        withinKm: Type.Optional(Type.Number({ description: 'also within this distance (km)' })),
        limit: int('default 200, at most 1000', 200),
        format: Type.Optional(formatParam(TABLE_FORMATS))
      }, { additionalProperties: false }),
      response: {
        200: formatResponse({
          ...Type.Object({ items: Type.Array(Type.Object({ stakeholder: Type.Object({}, { additionalProperties: true }), hops: Type.Integer(), distanceKm: Type.Union([Type.Number(), Type.Null()]), path: PathSchema })) }),
          examples: [{ items: [{ stakeholder: { id: 's-kh-0019', kind: 'CreativeProducer', name: 'Siem Reap Kbach Fine Art Studio' }, hops: 1, distanceKm: 3.2, path: { hops: 1, steps: [{ from: 's-kh-0019', type: 'ACTIVE_AT', to: 'whc-668' }], explanation: 'Siem Reap Kbach Fine Art Studio —ACTIVE_AT→ Angkor' } }] }]
        }, TABLE_FORMATS, 'the stakeholders found, nearest first (JSON, CSV or GeoJSON)'),
        ...problemResponses(400, 404, 406)
      }
    }
  }, async (request, reply) => {
    const q = request.query
    const format = negotiate(request, TABLE_FORMATS)
    const items = await nearby(app.db, app.queries, defined({ id: request.params.id, kinds: list(q.kinds), hops: q.hops, via: list(q.via), withinKm: q.withinKm, limit: q.limit }))
    const rows = items.map((i) => ({ id: i.stakeholder.id, kind: i.stakeholder.kind, name: i.stakeholder.name, hops: i.hops, distanceKm: i.distanceKm, location: i.stakeholder.location ?? null, path: i.path.explanation }))
    return sendTable(reply, ['id', 'kind', 'name', 'hops', 'distanceKm', 'location.latitude', 'location.longitude', 'path'], rows, format, { filename: `nearby-${request.params.id}`, json: { items } })
  })

  app.get('/analysis/heritage-proximity', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'Heritage sites ranked by stakeholders nearby (the gaps included)',
      description: 'Every heritage site with how many stakeholders of the given kinds are within N hops; sites with none are listed too (count 0). The brief\'s "creative producers within two hops of a heritage site": `?kinds=CreativeProducer&hops=2`.',
      querystring: Type.Object({
        country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', examples: ['KH'] })),
        kinds: csvParam(KINDS, 'CreativeProducer'),
        hops: int('1–4, default 2', 2),
        via: csvParam(VIA, 'ACTIVE_AT,SUPPLIES,PARTNERS_WITH,MEMBER_OF,INVESTS_IN'),
        format: Type.Optional(formatParam(TABLE_FORMATS))
      }, { additionalProperties: false }),
      response: {
        200: formatResponse({
          ...Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), whcId: Type.Union([Type.Integer(), Type.Null()]), countries: Type.Array(Type.String()), count: Type.Integer(), examples: Type.Array(Type.String()) })) }),
          examples: [{ items: [{ id: 'whc-668', name: 'Angkor', whcId: 668, countries: ['KH'], count: 16, examples: ['s-kh-0019'] }, { id: 'whc-1587', name: 'Megalithic Jar Sites in Xiengkhuang – Plain of Jars', whcId: 1587, countries: ['LA'], count: 0, examples: [] }] }]
        }, TABLE_FORMATS, 'every heritage site with its count (JSON, CSV or GeoJSON for a map)'),
        ...problemResponses(400, 406)
      }
    }
  }, async (request, reply) => {
    const q = request.query
    const format = negotiate(request, TABLE_FORMATS)
    const items = await heritageProximity(app.db, app.queries, defined({ country: q.country, kinds: list(q.kinds), hops: q.hops, via: list(q.via) }))
    const rows = items.map((i) => ({ ...i, countries: i.countries.join(';'), examples: i.examples.join(';') }))
    return sendTable(reply, ['id', 'name', 'whcId', 'countries', 'count', 'location.latitude', 'location.longitude', 'examples'], rows, format, { filename: 'heritage-proximity', json: { items: items.map(({ location: _l, ...rest }) => rest) } })
  })

  app.get('/paths', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'Shortest paths between two nodes, explained',
      description: 'All shortest paths (up to limit) between any two nodes, each as steps {from, type, to} and one readable line. By default over the actor network (PRODUCES, SUPPLIES, PARTNERS_WITH, MEMBER_OF, ACTIVE_AT, ISSUED_BY, RUNS, SUPPORTS, INVESTS_IN); name LOCATED_IN, WORKS_IN, ACTIVE_IN... in `via` to also go through provinces, sectors and stages (every actor is two hops from thousands through them).',
      querystring: Type.Object({
        from: Type.String({ pattern: ID_PATTERN, examples: ['s-kh-0019'] }),
        to: Type.String({ pattern: ID_PATTERN, examples: ['whc-1224'] }),
        maxHops: int('1–6, default 4', 4),
        via: csvParam('relationship types (default: the actor network, no reference hubs)', 'ACTIVE_AT,SUPPLIES,PARTNERS_WITH,LOCATED_IN,IN'),
        limit: int('1–25, default 5', 5)
      }, { additionalProperties: false }),
      response: { 200: { ...Type.Object({ items: Type.Array(PathSchema) }), examples: [{ items: [{ hops: 2, steps: [{ from: 's-kh-0019', type: 'SUPPLIES', to: 's-kh-0050' }, { from: 's-kh-0050', type: 'ACTIVE_AT', to: 'whc-1224' }], explanation: 'Siem Reap Kbach Fine Art Studio —SUPPLIES→ … —ACTIVE_AT→ Temple of Preah Vihear' }] }] }, ...problemResponses(400, 404) }
    }
  }, async (request) => {
    const q = request.query
    return { items: await paths(app.db, app.queries, defined({ from: q.from, to: q.to, maxHops: q.maxHops, via: list(q.via), limit: q.limit })) }
  })

  app.get('/nodes/:id/network', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'The ego network of a node',
      description: 'Nodes within depth 1–3 (nearest first, capped at limit, saying when truncated) and every link among them.',
      params: IdParam('whc-668'),
      querystring: Type.Object({
        depth: int('1–3, default 1', 2),
        types: csvParam('relationship types to follow (default: all)', 'ACTIVE_AT,SUPPLIES,PARTNERS_WITH'),
        kinds: csvParam('labels to keep (default: all), e.g. CreativeProducer,TourismOperator,HeritageSite', 'CreativeProducer,TourismOperator'),
        limit: int('1–2000, default 200', 100),
        format: Type.Optional(formatParam(GRAPH_FORMATS))
      }, { additionalProperties: false }),
      response: {
        200: formatResponse({
          ...Type.Object({
            center: Type.String(),
            nodes: Type.Array(Type.Object({ id: Type.String(), labels: Type.Array(Type.String()), kind: Type.String(), name: Type.Union([Type.String(), Type.Null()]), location: Type.Union([Type.Object({ latitude: Type.Number(), longitude: Type.Number() }), Type.Null()]), properties: Type.Object({}, { additionalProperties: true }) })),
            edges: Type.Array(Type.Object({ id: Type.String(), type: Type.String(), from: Type.String(), to: Type.String(), properties: Type.Object({}, { additionalProperties: true }) })),
            truncated: Type.Boolean()
          }),
          examples: [{ center: 'whc-668', nodes: [{ id: 'whc-668', labels: ['Destination', 'HeritageSite'], kind: 'HeritageSite', name: 'Angkor', location: { latitude: 13.4333, longitude: 103.8333 }, properties: {} }], edges: [], truncated: false }]
        }, GRAPH_FORMATS, 'the network (JSON; GEXF or GraphML for Gephi; GeoJSON for a map; CSV of nodes or of edges)'),
        ...problemResponses(400, 404, 406)
      }
    }
  }, async (request, reply) => {
    const q = request.query
    const format = negotiate(request, GRAPH_FORMATS)
    const graph = await network(app.db, app.queries, defined({ id: request.params.id, depth: q.depth, types: list(q.types), kinds: list(q.kinds), limit: q.limit }))
    return sendGraph(reply, graph, format, { filename: `network-${request.params.id}`, title: `CCI Atlas: network of ${request.params.id}` })
  })

  app.get('/stakeholders/:id/value-chain', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'Upstream and downstream of a stakeholder (SUPPLIES)',
      params: IdParam('s-kh-0019'),
      querystring: Type.Object({
        direction: Type.Optional(Type.String({ description: 'upstream, downstream or both (default)', examples: ['both'] })),
        depth: int('1–6, default 3', 3)
      }, { additionalProperties: false }),
      response: { 200: { type: 'object', additionalProperties: true, examples: [{ stakeholder: { id: 's-kh-0019' }, actors: [{ id: 's-kh-0050', distance: 1, direction: 'downstream', stages: ['stage-consumption'] }], links: [] }] }, ...problemResponses(400, 404) }
    }
  }, async (request) => valueChain(app.db, app.queries, defined({ id: request.params.id, direction: request.query.direction, depth: request.query.depth })))

  app.get('/analysis/value-chains', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'Value-chain completeness per country and sector',
      description: 'For each (country, FCS domain): actors per culture-cycle stage, consecutive stages joined by SUPPLIES, missing stages, broken links (both stages have actors but no link), and completeness = (stages with actors + linked consecutive pairs) / (5 + 4).',
      querystring: Type.Object({
        country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', examples: ['KH'] })),
        sector: Type.Optional(Type.String({ pattern: ID_PATTERN, examples: ['fcs-c'] }))
      }, { additionalProperties: false }),
      response: { 200: { type: 'object', additionalProperties: true, examples: [{ items: [{ country: 'KH', sector: 'fcs-c', sectorName: 'Visual Arts and Crafts', actorCount: 30, stages: [], missingStages: [], brokenLinks: [], linkedPairs: 4, completeness: 1 }] }] }, ...problemResponses(400) }
    }
  }, async (request) => ({ items: await valueChains(app.db, app.queries, defined({ country: request.query.country, sector: request.query.sector })) }))
}

export default analysisRoutes
