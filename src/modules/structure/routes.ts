// GET /analysis/structure: the structure of the stakeholder network (degree, betweenness, PageRank,
// Louvain communities, isolated stakeholders, cross-border links) of a country and/or sector,
// computed with graphology on the projection of the named query structure-projection.
import Type, { type Static, type TSchema } from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ID_PATTERN, problemResponses } from '../../http/schemas.js'
import { BETWEENNESS_SAMPLES, COMMUNITY_MEMBERS, EXACT_BETWEENNESS_LIMIT, ISOLATED_IDS } from './analyse.js'
import { DEFAULT_TOP } from './service.js'
import { StructurePool, type StructurePoolOptions } from './pool.js'

/** `T or null` as a type list, not anyOf: fast-json-stringify writes a type list with typeof checks,
 * but for anyOf it compiles Ajv validators on the first answer it serialises, ~100 ms on the event loop. */
const orNull = <T extends TSchema>(schema: T, options: { description?: string } = {}) =>
  Type.Unsafe<Static<T> | null>({ ...schema, ...options, type: [(schema as unknown as { type: string }).type, 'null'] })

const Ranked = Type.Array(Type.Object({
  id: Type.String(),
  name: orNull(Type.String()),
  kind: Type.String(),
  country: orNull(Type.String()),
  value: Type.Number()
}, { title: 'RankedStakeholder' }))

const StructureSchema = Type.Object({
  filter: Type.Object({ country: orNull(Type.String()), sector: orNull(Type.String()) }),
  method: Type.Object({
    graph: Type.String(),
    degree: Type.String(),
    betweenness: Type.Object({
      exact: Type.Boolean({ description: `false when the linked stakeholders × (stakeholders + edges) exceed ${EXACT_BETWEENNESS_LIMIT}: then estimated from sampled sources` }),
      samples: orNull(Type.Integer(), { description: 'source stakeholders sampled; null when exact' }),
      description: Type.String()
    }),
    pagerank: Type.Object({ alpha: Type.Number(), description: Type.String() }),
    communities: Type.Object({ algorithm: Type.Literal('louvain'), seed: Type.Integer(), resolution: Type.Number(), description: Type.String() })
  }),
  size: Type.Object({
    stakeholders: Type.Integer({ description: 'stakeholders analysed' }),
    links: Type.Integer({ description: 'links among them' }),
    edges: Type.Integer({ description: 'linked pairs (several links between two stakeholders are one edge)' }),
    capped: Type.Boolean({ description: 'true when more stakeholders matched than the projection keeps (the first by id are kept)' }),
    unlocated: Type.Integer({ description: 'stakeholders without a country' })
  }),
  degree: Ranked,
  betweenness: Ranked,
  pagerank: Ranked,
  communities: Type.Object({
    count: Type.Integer({ description: 'communities of linked stakeholders' }),
    modularity: orNull(Type.Number()),
    items: Type.Array(Type.Object({
      id: Type.Integer(),
      size: Type.Integer(),
      dominantKind: Type.Object({ kind: Type.String(), count: Type.Integer() }),
      dominantSector: orNull(Type.Object({ sector: Type.String(), count: Type.Integer() })),
      dominantDomain: orNull(Type.Object({ domain: Type.String(), count: Type.Integer() })),
      countries: Type.Array(Type.String()),
      members: Type.Array(Type.String(), { description: `up to ${COMMUNITY_MEMBERS}, highest degree first` })
    }))
  }),
  isolated: Type.Object({
    count: Type.Integer(),
    ids: Type.Array(Type.String(), { description: `the first ${ISOLATED_IDS} by id` }),
    crossBorderOnly: Type.Integer({ description: 'of those, how many have a link to a stakeholder in another country (outside the country filter)' })
  }),
  crossBorder: Type.Object({
    links: Type.Integer(),
    pairs: Type.Array(Type.Object({
      countries: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
      links: Type.Integer(),
      byType: Type.Record(Type.String(), Type.Integer())
    }))
  }),
  timing: Type.Object({ queryMs: Type.Integer(), analysisMs: Type.Integer() })
}, { title: 'NetworkStructure' })

const example = {
  filter: { country: 'KH', sector: null },
  method: {
    graph: 'Stakeholders of the filter and the SUPPLIES, PARTNERS_WITH, MEMBER_OF and INVESTS_IN links among them (self-links ignored). Degree, betweenness and communities read the links as undirected, several links between two stakeholders as one edge; PageRank reads them as directed.',
    degree: 'distinct stakeholders linked to (either direction)',
    betweenness: { exact: true, samples: null, description: 'exact (Brandes): shortest paths between other pairs of stakeholders that pass through the node, each unordered pair once, unweighted and undirected' },
    pagerank: { alpha: 0.85, description: 'directed: SUPPLIES, MEMBER_OF, INVESTS_IN as given (rank flows to the one supplied, the association, the one invested in), PARTNERS_WITH both ways; parallel links add weight; the values sum to 1' },
    communities: { algorithm: 'louvain' as const, seed: 42, resolution: 1, description: 'Louvain on the undirected graph, edges weighted by the number of links, with a seeded PRNG (the same communities on every run of the same data); isolated stakeholders are not listed as communities' }
  },
  size: { stakeholders: 95, links: 114, edges: 110, capped: false, unlocated: 0 },
  degree: [{ id: 's-kh-0003', name: 'Cambodian Craft Association', kind: 'CCIOrganisation', country: 'KH', value: 12 }],
  betweenness: [{ id: 's-kh-0003', name: 'Cambodian Craft Association', kind: 'CCIOrganisation', country: 'KH', value: 612.5 }],
  pagerank: [{ id: 's-kh-0003', name: 'Cambodian Craft Association', kind: 'CCIOrganisation', country: 'KH', value: 0.061 }],
  communities: { count: 9, modularity: 0.62, items: [{ id: 1, size: 18, dominantKind: { kind: 'CreativeProducer', count: 11 }, dominantSector: { sector: 'fcs-c-crafts', count: 9 }, dominantDomain: { domain: 'fcs-c', count: 12 }, countries: ['KH'], members: ['s-kh-0003', 's-kh-0019'] }] },
  isolated: { count: 14, ids: ['s-kh-0042'], crossBorderOnly: 2 },
  crossBorder: { links: 16, pairs: [{ countries: ['KH', 'TH'], links: 6, byType: { PARTNERS_WITH: 4, SUPPLIES: 2 } }] },
  timing: { queryMs: 120, analysisMs: 15 }
}

/** The workers' connection (the app's Neo4j settings: a driver cannot cross threads) and the pool's limits. */
export type StructureRoutesOptions = Pick<StructurePoolOptions, 'database' | 'queriesDir' | 'size' | 'maxQueue' | 'jobTimeoutMs'>

const structureRoutes: FastifyPluginAsyncTypebox<StructureRoutesOptions> = async (app, options) => {
  // The projection is read and analysed in a worker thread (pool.ts): seconds of work at 20,000
  // stakeholders that would otherwise block every other request.
  const pool = new StructurePool({
    ...options,
    onWorkerLost: (err) => app.log.error({ err: { message: err.message } }, 'structure worker lost; it is replaced on the next analysis')
  })
  app.addHook('onClose', async () => { await pool.close() })

  app.get('/analysis/structure', {
    config: { auth: 'reader' },
    schema: {
      tags: ['analysis'],
      summary: 'Structure of the stakeholder network: centrality, communities, isolation, cross-border links',
      description: [
        'The network of stakeholders (of a country and/or sector, not deleted) linked by SUPPLIES, PARTNERS_WITH, MEMBER_OF and INVESTS_IN, analysed with graphology:',
        'the top N by **degree** (distinct stakeholders linked to), by **betweenness** (shortest paths between other pairs through the stakeholder; undirected, unweighted) and by **PageRank** (directed: SUPPLIES, MEMBER_OF, INVESTS_IN as given, PARTNERS_WITH both ways);',
        '**communities** found by Louvain (undirected, weighted by the number of links, seeded: reproducible) with their size, dominant kind, sector and FCS domain;',
        '**isolated** stakeholders (no link to another stakeholder of the network); **cross-border** links per country pair (ends located in different countries; with a country, its links to stakeholders of the sector abroad count too).',
        `Bounds: at most 20,000 stakeholders (the first by id; \`size.capped\` says so). Betweenness is exact while the linked stakeholders × (stakeholders + edges) stay within ${EXACT_BETWEENNESS_LIMIT.toLocaleString('en')} (about 2,000 linked stakeholders and 8,000 edges) and above that estimated from ${BETWEENNESS_SAMPLES} sampled sources (\`method.betweenness.exact: false\`).`,
        'The projection is the named query `structure-projection` (GET /queries/structure-projection).',
        'The projection is read and analysed in a worker thread, one analysis at a time with a few more queued (seconds each at 20,000 stakeholders): other requests are not held up meanwhile; when the queue is full the answer is 503 with Retry-After.'
      ].join(' '),
      querystring: Type.Object({
        country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO country id; all stakeholders when absent', examples: ['KH'] })),
        sector: Type.Optional(Type.String({ pattern: ID_PATTERN, description: 'a sector id; narrower sectors count', examples: ['fcs-c'] })),
        top: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_TOP, description: 'how many stakeholders per ranking and how many communities to list (1–100, default 10)', examples: [10] }))
      }, { additionalProperties: false }),
      response: {
        200: { ...StructureSchema, examples: [example] },
        ...problemResponses(400, 503)
      }
    }
  }, async (request) => {
    const q = request.query
    return pool.structure({ country: q.country, sector: q.sector, top: q.top })
  })
}

export default structureRoutes
