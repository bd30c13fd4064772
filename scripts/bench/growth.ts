// 3d: growth. The same requests, sequentially and warm, on graphs of 1k, 10k and 100k
// stakeholders. Local answers (proximity of one site, paths, neighbourhood, one value chain) are
// timed over rotating targets; regional ones (every site, every chain, structure, gaps) as a whole.
import type { ApiProcess } from './api-process.js'
import { timeRepeated } from './load.js'
import { rotate, type Targets } from './targets.js'

export interface GrowthCase { name: string, local: boolean, request: string, median: number, min: number, max: number, runs: number, statuses: number[] }

interface Spec { name: string, local: boolean, request: string, path: () => string, runs: number }

function specs (targets: Targets, quick: boolean): Spec[] {
  const site = rotate(targets.sites)
  const stakeholder = rotate(targets.stakeholders)
  const pair = rotate(targets.pairs)
  const local = quick ? 3 : 25
  const regional = quick ? 1 : 3
  return [
    { name: 'heritage proximity, one site (2 hops)', local: true, request: 'GET /destinations/{site}/nearby?kinds=CreativeProducer&hops=2', path: () => `/destinations/${site()}/nearby?kinds=CreativeProducer&hops=2`, runs: local },
    { name: 'paths between two stakeholders', local: true, request: 'GET /paths?from=&to=&maxHops=4', path: () => { const [a, b] = pair(); return `/paths?from=${a}&to=${b}&maxHops=4` }, runs: local },
    { name: 'neighbourhood (depth 2)', local: true, request: 'GET /nodes/{id}/network?depth=2', path: () => `/nodes/${stakeholder()}/network?depth=2`, runs: local },
    { name: 'value chain of one stakeholder', local: true, request: 'GET /stakeholders/{id}/value-chain', path: () => `/stakeholders/${stakeholder()}/value-chain`, runs: local },
    { name: 'heritage proximity, every site (2 hops)', local: false, request: 'GET /analysis/heritage-proximity?hops=2', path: () => '/analysis/heritage-proximity?hops=2', runs: regional },
    { name: 'value-chain completeness, region', local: false, request: 'GET /analysis/value-chains', path: () => '/analysis/value-chains', runs: regional },
    { name: 'structure, region', local: false, request: 'GET /analysis/structure', path: () => '/analysis/structure', runs: regional },
    { name: 'gap analysis, region', local: false, request: 'GET /analysis/gaps', path: () => '/analysis/gaps', runs: regional }
  ]
}

export async function runGrowth (api: ApiProcess, targets: Targets, options: { quick: boolean, log: (l: string) => void }): Promise<GrowthCase[]> {
  const out: GrowthCase[] = []
  for (const spec of specs(targets, options.quick)) {
    const statuses = new Set<number>()
    const timing = await timeRepeated(spec.runs, async () => {
      const res = await api.get(spec.path())
      statuses.add(res.status)
    })
    out.push({ name: spec.name, local: spec.local, request: spec.request, ...timing, statuses: [...statuses].sort() })
    options.log(`  ${spec.name}: median ${timing.median} ms (min ${timing.min}, max ${timing.max}, ${timing.runs} runs; status ${[...statuses].join(',')})`)
  }
  return out
}
