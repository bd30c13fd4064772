// Times GET /analysis/structure's analysis (analyseStructure) on synthetic stakeholder networks,
// and, with --db, the projection query and the analysis on the database of the environment.
//
//   npx tsx scripts/structure-bench.ts                 # 20,000 nodes / 100,000 links, and smaller
//   npx tsx scripts/structure-bench.ts --nodes 5000 --links 25000 --exact
//   npx tsx scripts/structure-bench.ts --db            # NEO4J_URI/USER/PASSWORD, as the API
//
// Synthetic networks: stakeholders in 5 countries and 200 clusters, 80% of the links inside a
// cluster, kinds and sectors drawn at random, with a seeded PRNG (the same graph every run).
import { parseArgs } from 'node:util'
import neo4j from 'neo4j-driver'
import { Database } from '../src/db/database.js'
import { loadConfig } from '../src/config.js'
import { loadQueries } from '../src/modules/queries/registry.js'
import { analyseStructure, betweenness, BETWEENNESS_SAMPLES, DEFAULT_SEED, seededRandom, structure, type Projection } from '../src/modules/structure/service.js'
import { UndirectedGraph } from 'graphology'

const { values } = parseArgs({
  options: {
    nodes: { type: 'string' },
    links: { type: 'string' },
    exact: { type: 'boolean', default: false },
    db: { type: 'boolean', default: false }
  }
})

const KINDS = ['CreativeProducer', 'TourismOperator', 'CCIOrganisation', 'NGO', 'Investor']
const TYPES = ['SUPPLIES', 'PARTNERS_WITH', 'MEMBER_OF', 'INVESTS_IN']
const COUNTRIES = ['KH', 'LA', 'MM', 'TH', 'VN']

export function synthetic (nodes: number, links: number, seed = 7): Projection {
  const rng = seededRandom(seed)
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)]!
  const clusters = 200
  const projection: Projection = { nodes: [], links: [], capped: false }
  for (let i = 0; i < nodes; i++) {
    projection.nodes.push({ id: `n${i}`, name: `Stakeholder ${i}`, kind: pick(KINDS), country: COUNTRIES[(i % clusters) % COUNTRIES.length]!, sectors: [`fcs-${pick(['a', 'b', 'c'])}-x`], domains: [`fcs-${pick(['a', 'b', 'c'])}`] })
  }
  const perCluster = Math.ceil(nodes / clusters)
  for (let k = 0; k < links; k++) {
    const from = Math.floor(rng() * nodes)
    const to = rng() < 0.8
      ? (from % clusters) + clusters * Math.floor(rng() * perCluster)
      : Math.floor(rng() * nodes)
    if (to >= nodes || to === from) { k--; continue }
    projection.links.push({ from: `n${from}`, to: `n${to}`, type: pick(TYPES) })
  }
  return projection
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now()
  const r = f()
  return [r, Math.round(performance.now() - t)]
}

async function main () {
  const sizes = values.nodes === undefined
    ? [[500, 2500], [2000, 10000], [5000, 25000], [20000, 100000]]
    : [[Number(values.nodes), Number(values.links ?? Number(values.nodes) * 5)]]
  for (const [n, m] of sizes as [number, number][]) {
    const projection = synthetic(n, m)
    const [result, ms] = time(() => analyseStructure(projection, { top: 10, seed: DEFAULT_SEED }))
    console.log(`${n} nodes, ${m} links: analysis ${ms} ms (betweenness ${result.method.betweenness.exact ? 'exact' : `sampled ${result.method.betweenness.samples}`}), ${result.communities.count} communities, modularity ${result.communities.modularity}`)
    if (values.exact) {
      const g = new UndirectedGraph()
      for (const node of projection.nodes) g.addNode(node.id)
      for (const l of projection.links) if (!g.hasEdge(l.from, l.to)) g.addEdge(l.from, l.to)
      const [exact, exactMs] = time(() => betweenness(g, { limit: Infinity, samples: 0, rng: Math.random }))
      const [sampled, sampledMs] = time(() => betweenness(g, { limit: 0, samples: BETWEENNESS_SAMPLES, rng: seededRandom(DEFAULT_SEED) }))
      const topOf = (v: Map<string, number>) => [...v.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id)
      const exactTop = topOf(exact.values)
      const overlap = topOf(sampled.values).filter((id) => exactTop.includes(id)).length
      console.log(`  exact betweenness ${exactMs} ms; sampled (${BETWEENNESS_SAMPLES} sources) ${sampledMs} ms; top-10 overlap ${overlap}/10`)
    }
  }
  if (values.db) {
    const config = loadConfig(process.env)
    const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password))
    const db = new Database(driver, config.neo4j.database, 60_000)
    const queries = loadQueries(config.queriesDir)
    try {
      for (const params of [{}, { country: 'KH' }, { country: 'TH', sector: 'fcs-c' }]) {
        for (let run = 0; run < 2; run++) {
          const r = await structure(db, queries, params)
          console.log(`db ${JSON.stringify(params)} run ${run + 1}: ${r.size.stakeholders} stakeholders, ${r.size.links} links, query ${r.timing.queryMs} ms, analysis ${r.timing.analysisMs} ms`)
        }
      }
    } finally {
      await driver.close()
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\/scripts\//, '/scripts/'))) await main()
