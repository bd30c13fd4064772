// 3e: memory and soak. Mixed reads and writes at concurrency 16 for a fixed time; the API's
// resident memory sampled every 5 s from /proc; every status code counted.
import type { ApiProcess } from './api-process.js'
import { httpLoad, type HttpRequestSpec, type LoadResult } from './load.js'
import { SeededRandom } from '../../src/random.js'
import type { Targets } from './targets.js'
import { rotate } from './targets.js'

export interface SoakResult {
  load: LoadResult
  mix: string[]
  samples: { second: number, rssMb: number }[]
  peakMb: number
  /** RSS at the end of minute 1 and at the end (minute 5 in a full run) */
  firstMinuteMb: number
  lastMb: number
  growthPercent: number
  fiveXX: number
}

export function mixedRequests (targets: Targets, source: string): { next: () => HttpRequestSpec, mix: string[] } {
  const rng = new SeededRandom('cci-atlas-bench-soak')
  const stakeholder = rotate(targets.stakeholders)
  const site = rotate(targets.sites)
  const pair = rotate(targets.pairs)
  let write = 0
  const choices: [number, string, () => HttpRequestSpec][] = [
    [35, 'GET /stakeholders/{id}', () => ({ path: `/stakeholders/${stakeholder()}` })],
    [15, 'GET /stakeholders?country=KH&kind=CreativeProducer&limit=50', () => ({ path: '/stakeholders?country=KH&kind=CreativeProducer&limit=50' })],
    [10, 'GET /destinations/{site}/nearby?hops=2', () => ({ path: `/destinations/${site()}/nearby?kinds=CreativeProducer&hops=2` })],
    [10, 'GET /nodes/{id}/network?depth=1', () => ({ path: `/nodes/${stakeholder()}/network?depth=1` })],
    [10, 'GET /stakeholders/{id}/value-chain', () => ({ path: `/stakeholders/${stakeholder()}/value-chain` })],
    [5, 'GET /paths?maxHops=3', () => { const [a, b] = pair(); return { path: `/paths?from=${a}&to=${b}&maxHops=3` } }],
    [15, 'POST /sync/{source}/stakeholders (one record, 2,000 rotating keys)', () => {
      const n = write++ % 2000
      return {
        method: 'POST',
        path: `/sync/${source}/stakeholders`,
        body: JSON.stringify([{ externalId: `soak-${n}`, kind: 'CreativeProducer', name: `Soak workshop ${n} (${write})`, country: 'KH', sectors: ['fcs-c'], tags: ['soak'] }])
      }
    }]
  ]
  const total = choices.reduce((s, [w]) => s + w, 0)
  return {
    mix: choices.map(([w, name]) => `${Math.round((w / total) * 100)}% ${name}`),
    next: () => {
      let r = rng.float() * total
      for (const [w, , make] of choices) { if ((r -= w) < 0) return make() }
      return choices[0]![2]()
    }
  }
}

export async function runSoak (api: ApiProcess, targets: Targets, options: { seconds: number, connections: number, log: (l: string) => void }): Promise<SoakResult> {
  const { next, mix } = mixedRequests(targets, 'bench-soak')
  const samples: SoakResult['samples'] = []
  const started = Date.now()
  const sample = () => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: Math.round(api.rssBytes() / 1048576) })
  sample()
  const timer = setInterval(sample, 5000)
  let load: LoadResult
  try {
    load = await httpLoad({ label: 'mixed', url: api.url, connections: options.connections, seconds: options.seconds, headers: api.headers, next })
  } finally {
    clearInterval(timer)
  }
  sample()
  const minute = Math.min(60, options.seconds / 5)
  const first = samples.filter((s) => s.second <= minute).at(-1) ?? samples[0]!
  const last = samples.at(-1)!
  const peak = Math.max(...samples.map((s) => s.rssMb))
  const fiveXX = Object.entries(load.statusCounts).filter(([s]) => s.startsWith('5')).reduce((n, [, c]) => n + c, 0)
  const growthPercent = Math.round(((last.rssMb - first.rssMb) / first.rssMb) * 1000) / 10
  options.log(`  ${load.requests} requests, ${load.throughput}/s, p99 ${load.p99} ms; RSS ${first.rssMb} MB at ${first.second} s -> ${last.rssMb} MB at ${last.second} s (${growthPercent}%), peak ${peak} MB; statuses ${JSON.stringify(load.statusCounts)}`)
  return { load, mix, samples, peakMb: peak, firstMinuteMb: first.rssMb, lastMb: last.rssMb, growthPercent, fiveXX }
}
