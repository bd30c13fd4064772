// The structure of the stakeholder network: degree, betweenness, PageRank, Louvain communities,
// isolated stakeholders and cross-border links, computed with graphology on a bounded projection
// (cypher/queries/structure-projection.cypher). analyseStructure is pure: a projection in, the
// answer out, so it is tested without Neo4j. It costs seconds of CPU on a large network, so the API
// runs it in a worker thread (worker.ts, pool.ts), never on the event loop.
//
// How the links are read (said again in the response's `method`):
// - degree, betweenness, communities: an undirected simple graph; several links between the same
//   two stakeholders make one edge (weight = their number, used by Louvain only);
// - PageRank: a directed graph, SUPPLIES, MEMBER_OF and INVESTS_IN as given (rank flows to the one
//   supplied, the association joined, the one invested in), PARTNERS_WITH both ways (it is read
//   both ways, §2); parallel links add up as weight.
import { performance } from 'node:perf_hooks'
import { DirectedGraph, UndirectedGraph } from 'graphology'
import type { AbstractGraph } from 'graphology-types'
import betweennessModule from 'graphology-metrics/centrality/betweenness.js'
import pagerankModule from 'graphology-metrics/centrality/pagerank.js'
import louvainModule from 'graphology-communities-louvain'
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js'
import { mulberry32 } from '../../random.js'

/** These packages are CommonJS with `module.exports = fn` but typed as `export default`: under
 * NodeNext the default import is the function at run time while TypeScript sees `{ default }`. */
const cjsDefault = <T>(m: { default: T }): T => (m as { default?: T }).default ?? (m as unknown as T)
const betweennessCentrality = cjsDefault(betweennessModule)
const pagerank = cjsDefault(pagerankModule)
const louvain = cjsDefault(louvainModule)

export const STRUCTURE_LINK_TYPES = ['SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'INVESTS_IN'] as const
export type StructureLinkType = typeof STRUCTURE_LINK_TYPES[number]

export interface ProjectionNode {
  id: string
  name: string | null
  kind: string
  country: string | null
  /** the WORKS_IN sectors */
  sectors: string[]
  /** their FCS domains (level 'domain', via BROADER*0..4) */
  domains: string[]
}

export interface ProjectionLink {
  from: string
  to: string
  type: string
  /** a link between a stakeholder of the filter country and one located in another country */
  external?: boolean
  /** for external links: the other end and its country */
  other?: string
  otherCountry?: string | null
}

export interface Projection {
  nodes: ProjectionNode[]
  links: ProjectionLink[]
  capped: boolean
}

export interface AnalyseOptions {
  /** how many stakeholders per ranking and communities to list (1–100) */
  top: number
  /** seed of the PRNG used by Louvain and by sampled betweenness */
  seed: number
  /** above this many node × edge operations, betweenness is estimated from sampled sources */
  exactBetweennessLimit?: number
  /** sources sampled when betweenness is estimated */
  betweennessSamples?: number
}

/** V·(V+E) of the linked stakeholders up to which betweenness is exact: 2,000 × (2,000 + 8,000),
 * about 1–2 s on a small server (scripts/structure-bench.ts). */
export const EXACT_BETWEENNESS_LIMIT = 2e7
export const BETWEENNESS_SAMPLES = 200
export const ISOLATED_IDS = 100
export const COMMUNITY_MEMBERS = 10

/** mulberry32 (src/random.ts): a small seeded PRNG, so communities and samples are the same on every run. */
export const seededRandom = mulberry32

export interface RankedStakeholder { id: string, name: string | null, kind: string, country: string | null, value: number }
export interface Community {
  id: number
  size: number
  dominantKind: { kind: string, count: number }
  dominantSector: { sector: string, count: number } | null
  dominantDomain: { domain: string, count: number } | null
  countries: string[]
  members: string[]
}
export interface CrossBorderPair { countries: [string, string], links: number, byType: Record<string, number> }

export interface StructureAnalysis {
  method: {
    graph: string
    degree: string
    betweenness: { exact: boolean, samples: number | null, description: string }
    pagerank: { alpha: number, description: string }
    communities: { algorithm: 'louvain', seed: number, resolution: number, description: string }
  }
  size: { stakeholders: number, links: number, edges: number, capped: boolean, unlocated: number }
  degree: RankedStakeholder[]
  betweenness: RankedStakeholder[]
  pagerank: RankedStakeholder[]
  communities: { count: number, modularity: number | null, items: Community[] }
  isolated: { count: number, ids: string[], crossBorderOnly: number }
  crossBorder: { links: number, pairs: CrossBorderPair[] }
  timing: { analysisMs: number }
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

function mostCommon (values: Iterable<string>): { value: string, count: number } | null {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: { value: string, count: number } | null = null
  for (const [value, count] of counts) {
    if (best === null || count > best.count || (count === best.count && value < best.value)) best = { value, count }
  }
  return best
}

/**
 * Betweenness of an undirected unweighted graph, as the number of shortest paths between other
 * pairs that pass through the node (each unordered pair once). Exact (Brandes, graphology-metrics)
 * when order × (order + size) ≤ limit (Brandes is O(V + E) per source); otherwise estimated from `samples` source nodes drawn with the seeded
 * PRNG, scaled by order / samples (Brandes & Pich 2007).
 */
export function betweenness (graph: AbstractGraph, options: { limit: number, samples: number, rng: () => number, force?: 'sampled' }): { values: Map<string, number>, exact: boolean, samples: number | null } {
  const n = graph.order
  if (n === 0) return { values: new Map(), exact: true, samples: null }
  if (options.force !== 'sampled' && (n * (n + graph.size) <= options.limit || n <= options.samples)) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false })
    return { values: new Map(Object.entries(values)), exact: true, samples: null }
  }
  const samples = Math.min(options.samples, n)
  const brandes = createUnweightedIndexedBrandes(graph)
  const order = Array.from({ length: n }, (_, i) => i)
  // The first `samples` of a seeded Fisher–Yates shuffle: sources without repetition.
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(options.rng() * (n - i))
    const t = order[i]!
    order[i] = order[j]!
    order[j] = t
  }
  const delta = new Float64Array(n)
  const centralities = new Float64Array(n)
  for (let k = 0; k < samples; k++) {
    const source = order[k]!
    const [S, P, sigma] = brandes(source)
    delta.fill(0)
    while (S.size !== 0) {
      const w = S.pop()!
      const coefficient = (1 + delta[w]!) / sigma[w]!
      const preds = P[w]!
      for (let j = 0; j < preds.length; j++) {
        const v = preds[j]!
        delta[v]! += sigma[v]! * coefficient
      }
      if (w !== source) centralities[w]! += delta[w]!
    }
  }
  // Every source counts each pair from its end; undirected pairs are counted from both ends: × ½.
  const scale = samples === 0 ? 0 : (n / samples) * 0.5
  const values = new Map<string, number>()
  const nodes = (brandes as unknown as { index: { nodes: string[] } }).index.nodes
  for (let i = 0; i < n; i++) values.set(nodes[i]!, centralities[i]! * scale)
  return { values, exact: false, samples }
}

export function analyseStructure (projection: Projection, options: AnalyseOptions): StructureAnalysis {
  const started = performance.now()
  const { top, seed } = options
  const byId = new Map(projection.nodes.map((n) => [n.id, n]))
  const undirected = new UndirectedGraph({ allowSelfLoops: false })
  const directed = new DirectedGraph({ allowSelfLoops: false })
  // The undirected graph holds the linked stakeholders only: an isolated one is on no shortest path
  // and in no community, and Brandes costs O(V) per source even for a node without links.
  for (const node of projection.nodes) directed.addNode(node.id)
  const linkCount = new Map<string, number>()
  const pairs = new Map<string, CrossBorderPair>()
  const crossBorderOf = new Set<string>()
  let internalLinks = 0
  let crossBorderLinks = 0
  const countCrossBorder = (a: string, b: string, type: string) => {
    const countries: [string, string] = a < b ? [a, b] : [b, a]
    const key = countries.join(' ')
    const pair = pairs.get(key) ?? { countries, links: 0, byType: {} }
    pair.links++
    pair.byType[type] = (pair.byType[type] ?? 0) + 1
    pairs.set(key, pair)
    crossBorderLinks++
  }
  const addWeight = (graph: AbstractGraph, from: string, to: string) => {
    if (graph.hasEdge(from, to)) graph.updateEdgeAttribute(from, to, 'weight', (w: number | undefined) => (w ?? 0) + 1)
    else graph.addEdge(from, to, { weight: 1 })
  }
  for (const link of projection.links) {
    if (link.from === link.to) continue
    const from = byId.get(link.from)
    if (link.external === true) {
      // One end in the filter country, the other abroad: counted for cross-border links only.
      const inside = byId.get(link.other === link.from ? link.to : link.from)
      if (inside?.country != null && link.otherCountry != null && link.otherCountry !== inside.country) {
        countCrossBorder(inside.country, link.otherCountry, link.type)
        crossBorderOf.add(inside.id)
      }
      continue
    }
    const to = byId.get(link.to)
    if (from === undefined || to === undefined) continue // an end beyond the cap or outside the filter
    internalLinks++
    linkCount.set(from.id, (linkCount.get(from.id) ?? 0) + 1)
    linkCount.set(to.id, (linkCount.get(to.id) ?? 0) + 1)
    undirected.mergeNode(from.id)
    undirected.mergeNode(to.id)
    addWeight(undirected, from.id, to.id)
    addWeight(directed, from.id, to.id)
    if (link.type === 'PARTNERS_WITH') addWeight(directed, to.id, from.id)
    if (from.country != null && to.country != null && from.country !== to.country) {
      countCrossBorder(from.country, to.country, link.type)
      crossBorderOf.add(from.id)
      crossBorderOf.add(to.id)
    }
  }

  const ranked = (values: Map<string, number>, digits: number): RankedStakeholder[] =>
    [...values.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, top)
      .map(([id, value]) => {
        const n = byId.get(id)!
        return { id, name: n.name, kind: n.kind, country: n.country, value: round(value, digits) }
      })

  const degrees = new Map(projection.nodes.map((n) => [n.id, undirected.hasNode(n.id) ? undirected.degree(n.id) : 0]))
  const rng = seededRandom(seed)
  const between = betweenness(undirected, { limit: options.exactBetweennessLimit ?? EXACT_BETWEENNESS_LIMIT, samples: options.betweennessSamples ?? BETWEENNESS_SAMPLES, rng })
  for (const node of projection.nodes) if (!between.values.has(node.id)) between.values.set(node.id, 0)
  const alpha = 0.85
  const ranks = directed.order === 0 ? new Map<string, number>() : new Map(Object.entries(pagerank(directed, { getEdgeWeight: 'weight', alpha, maxIterations: 1000, tolerance: 1e-9 })))

  // Louvain over the linked stakeholders; the isolated ones are listed apart.
  const detailed = undirected.size === 0 ? null : louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution: 1 })
  const groups = new Map<number, ProjectionNode[]>()
  if (detailed !== null) {
    for (const [id, community] of Object.entries(detailed.communities)) {
      if (degrees.get(id) === 0) continue
      const group = groups.get(community) ?? []
      group.push(byId.get(id)!)
      groups.set(community, group)
    }
  }
  const byDegree = (a: ProjectionNode, b: ProjectionNode) => degrees.get(b.id)! - degrees.get(a.id)! || (a.id < b.id ? -1 : 1)
  const communities = [...groups.values()]
    .map((members) => members.sort(byDegree))
    .sort((a, b) => b.length - a.length || (a[0]!.id < b[0]!.id ? -1 : 1))
  const communityItems: Community[] = communities.slice(0, top).map((members, i) => {
    const kind = mostCommon(members.map((m) => m.kind))!
    const sector = mostCommon(members.flatMap((m) => m.sectors))
    const domain = mostCommon(members.flatMap((m) => m.domains))
    return {
      id: i + 1,
      size: members.length,
      dominantKind: { kind: kind.value, count: kind.count },
      dominantSector: sector === null ? null : { sector: sector.value, count: sector.count },
      dominantDomain: domain === null ? null : { domain: domain.value, count: domain.count },
      countries: [...new Set(members.map((m) => m.country).filter((c): c is string => c !== null))].sort(),
      members: members.slice(0, COMMUNITY_MEMBERS).map((m) => m.id)
    }
  })

  const isolated = projection.nodes.filter((n) => degrees.get(n.id) === 0).map((n) => n.id).sort()
  const n = projection.nodes.length
  return {
    method: {
      graph: 'Stakeholders of the filter and the SUPPLIES, PARTNERS_WITH, MEMBER_OF and INVESTS_IN links among them (self-links ignored). Degree, betweenness and communities read the links as undirected, several links between two stakeholders as one edge; PageRank reads them as directed.',
      degree: 'distinct stakeholders linked to (either direction)',
      betweenness: {
        exact: between.exact,
        samples: between.samples,
        description: between.exact
          ? 'exact (Brandes): shortest paths between other pairs of stakeholders that pass through the node, each unordered pair once, unweighted and undirected'
          : `estimated from ${between.samples} sampled source stakeholders (seeded), scaled to the whole network: the linked stakeholders × (stakeholders + edges) exceed ${options.exactBetweennessLimit ?? EXACT_BETWEENNESS_LIMIT}`
      },
      pagerank: { alpha, description: 'directed: SUPPLIES, MEMBER_OF, INVESTS_IN as given (rank flows to the one supplied, the association, the one invested in), PARTNERS_WITH both ways; parallel links add weight; the values sum to 1' },
      communities: { algorithm: 'louvain', seed, resolution: 1, description: 'Louvain on the undirected graph, edges weighted by the number of links, with a seeded PRNG (the same communities on every run of the same data); isolated stakeholders are not listed as communities' }
    },
    size: { stakeholders: n, links: internalLinks, edges: undirected.size, capped: projection.capped, unlocated: projection.nodes.filter((x) => x.country === null).length },
    degree: ranked(degrees, 0),
    betweenness: ranked(between.values, 3),
    pagerank: ranked(ranks, 6),
    communities: { count: communities.length, modularity: detailed === null ? null : round(detailed.modularity, 4), items: communityItems },
    isolated: { count: isolated.length, ids: isolated.slice(0, ISOLATED_IDS), crossBorderOnly: isolated.filter((id) => crossBorderOf.has(id)).length },
    crossBorder: {
      links: crossBorderLinks,
      pairs: [...pairs.values()].sort((a, b) => b.links - a.links || a.countries.join().localeCompare(b.countries.join()))
    },
    timing: { analysisMs: Math.round(performance.now() - started) }
  }
}
