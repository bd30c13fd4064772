// docs/benchmarks.md: the measured part is written between two markers, so the hand-written
// method notes and findings around it survive a new run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { OverheadCase } from './overhead.js'
import type { SyncResult } from './sync.js'
import type { GrowthCase } from './growth.js'
import type { SoakResult } from './soak.js'
import type { ResponsivenessCase } from './responsiveness.js'
import type { FaultResult } from './faults.js'
import type { GraphInfo } from './dataset.js'

export interface BenchResults {
  startedAt: string
  finishedAt?: string
  command: string
  quick: boolean
  /** when each part was measured (a partial run keeps the other parts of the last report) */
  measuredAt?: Record<string, string>
  machine: Record<string, string>
  graphs: GraphInfo[]
  overhead?: { stakeholders: number, seconds: number, cases: OverheadCase[] }
  sync?: SyncResult
  growth?: { stakeholders: number, cases: GrowthCase[] }[]
  soak?: { stakeholders: number } & SoakResult
  responsiveness?: { stakeholders: number, cases: ResponsivenessCase[] }
  faults?: { stakeholders: number } & FaultResult
}

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->'
const END = '<!-- bench:end -->'

const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2))
const verdict = (ok: boolean) => (ok ? '✅ met' : '❌ not met')
const n = (x: number) => x.toLocaleString('en-US')

function table (head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

export function render (r: BenchResults): string {
  const out: string[] = []
  out.push(`Run ${r.startedAt} → ${r.finishedAt ?? '?'}${r.quick ? ' (**quick smoke run**: small graph, short durations — not the figures to judge by)' : ''}. Command: \`${r.command}\`.`)
  if (r.measuredAt !== undefined) out.push('', `Parts measured: ${Object.entries(r.measuredAt).map(([k, v]) => `${k} ${v.slice(0, 16).replace('T', ' ')}`).join(', ')} (UTC).`)
  out.push('')
  out.push(table(['machine', ''], Object.entries(r.machine).map(([k, v]) => [k, v])))
  out.push('')
  out.push('### Graphs')
  out.push(table(['stakeholders', 'nodes', 'relationships', 'load through the sync path'], r.graphs.map((g) => [n(g.stakeholders), n(g.nodes), n(g.relationships),
    g.loadSeconds === null ? '–' : `${n(g.records ?? 0)} records in ${g.loadSeconds} s (${n(Math.round((g.records ?? 0) / g.loadSeconds))}/s)${g.reused ? ', loaded by an earlier run' : ''}`])))

  if (r.overhead !== undefined) {
    const o = r.overhead
    out.push('', `### a. API overhead and b. Neo4j's HTTP Query API (${n(o.stakeholders)} stakeholders, ${o.seconds} s per measurement)`)
    out.push(table(['query', 'concurrency', 'side', 'req/s', 'p50 ms', 'p99 ms', 'errors / non-2xx'], o.cases.flatMap((c) => [c.api, c.driver, c.httpQueryApi].map((s) =>
      [c.query, c.connections, s.label, s.throughput, s.p50, s.p99, `${s.errors + s.timeouts} / ${s.non2xx}`]))))
    out.push('')
    out.push(table(['query', 'concurrency', 'API ÷ driver throughput (≥ 0.7)', 'API ÷ driver p99 (≤ 1.5)', 'a', 'API ÷ Query API throughput (≥ 1)', 'API ÷ Query API p50 (≤ 1)', 'b'],
      o.cases.map((c) => [c.query, c.connections, ratio(c.api.throughput, c.driver.throughput), ratio(c.api.p99, c.driver.p99),
        verdict(c.api.throughput >= 0.7 * c.driver.throughput && c.api.p99 <= 1.5 * c.driver.p99),
        ratio(c.api.throughput, c.httpQueryApi.throughput), ratio(c.api.p50, c.httpQueryApi.p50), verdict(c.api.throughput >= c.httpQueryApi.throughput)])))
  }

  if (r.sync !== undefined) {
    const s = r.sync
    out.push('', `### c. Bulk sync (batches of ${n(s.batchSize)}, into a graph holding the reference data only)`)
    out.push(table(['path', 'records', 'seconds', 'records/s', 'failed'], [s.api, s.raw, ...(s.rawSameGraph !== undefined ? [s.rawSameGraph] : []), s.oneByOne].map((x) => [x.label, n(x.records), x.seconds, n(x.recordsPerSecond), x.failed])))
    out.push('')
    out.push(table(['ratio', 'value', 'target', ''], [
      ['API ÷ raw UNWIND … MERGE', ratio(s.api.recordsPerSecond, s.raw.recordsPerSecond), '≥ 0.7', verdict(s.api.recordsPerSecond >= 0.7 * s.raw.recordsPerSecond)],
      ...(s.rawSameGraph !== undefined ? [['API ÷ raw writing the same graph', ratio(s.api.recordsPerSecond, s.rawSameGraph.recordsPerSecond), '(the API\'s own cost)', '']] : []),
      ['API bulk ÷ one request per record', ratio(s.api.recordsPerSecond, s.oneByOne.recordsPerSecond), '≥ 20', verdict(s.api.recordsPerSecond >= 20 * s.oneByOne.recordsPerSecond)]
    ]))
  }

  if (r.growth !== undefined && r.growth.length > 0) {
    const sizes = r.growth.map((g) => g.stakeholders)
    out.push('', '### d. Growth (sequential warm requests through the API; median ms)')
    const names = r.growth[0]!.cases.map((c) => c.name)
    const last = r.growth.at(-1)!
    const prev = r.growth.at(-2)
    out.push(table(['request', 'answer', ...sizes.map((s) => `${n(s)} stakeholders`), prev === undefined ? 'ratio' : `${n(last.stakeholders)} ÷ ${n(prev.stakeholders)}`, 'target (local ≤ 3)'],
      names.map((name) => {
        const at = r.growth!.map((g) => g.cases.find((c) => c.name === name)!)
        const first = at[0]!
        const a = last.cases.find((c) => c.name === name)!
        const b = prev?.cases.find((c) => c.name === name)
        const k = b === undefined ? null : a.median / b.median
        return [`${name}<br>\`${first.request}\``, first.local ? 'local' : 'regional', ...at.map((c) => `${c.median} (${c.min}–${c.max}; ${c.statuses.join(',')})`),
          k === null ? '–' : k.toFixed(2), first.local ? (k === null ? '–' : verdict(k <= 3)) : 'reported']
      })))
  }

  if (r.soak !== undefined) {
    const s = r.soak
    out.push('', `### e. Memory and soak (${n(s.stakeholders)} stakeholders, concurrency ${s.load.connections}, ${s.load.seconds} s of mixed load)`)
    out.push(`Mix: ${s.mix.join('; ')}.`, '')
    out.push(table(['requests', 'req/s', 'p50 ms', 'p99 ms', 'statuses', 'RSS after minute 1', 'RSS at the end', 'growth (< 10%)', 'peak RSS', '5xx (0)'],
      [[n(s.load.requests), s.load.throughput, s.load.p50, s.load.p99, Object.entries(s.load.statusCounts).map(([k, v]) => `${k}: ${n(v)}`).join(', '),
        `${s.firstMinuteMb} MB`, `${s.lastMb} MB`, `${s.growthPercent}% ${verdict(s.growthPercent < 10)}`, `${s.peakMb} MB`, `${s.fiveXX} ${verdict(s.fiveXX === 0)}`]]))
    out.push('', `RSS samples (s: MB): ${s.samples.map((x) => `${x.second}: ${x.rssMb}`).join(', ')}`)
  }

  if (r.responsiveness !== undefined) {
    const x = r.responsiveness
    out.push('', `### 4. Responsiveness under heavy work (${n(x.stakeholders)} stakeholders)`)
    const b = x.cases[0]?.baseline
    if (b !== undefined) out.push(`Baseline without heavy work: /health p99 ${b.health.p99} ms, GET /stakeholders/{id} p99 ${b.get.p99} ms.`, '')
    out.push(table(['heavy request', 'its time', '/health p99 (max)', 'GET /stakeholders/{id} p99 (max)', 'failures', 'event-loop delay, worst second (≤ 50 ms)', 'busy in that second', 'seconds over 50 ms [delay, busy]'],
      x.cases.map((c) => [c.heavy, `${c.heavyMs} ms (${c.heavyStatus})`, `${c.health.p99} (${c.health.max}) ms, ${n(c.health.requests)} req`, `${c.get.p99} (${c.get.max}) ms, ${n(c.get.requests)} req`,
        c.health.failures + c.get.failures, c.eventLoopMaxMs === null ? 'not read' : `${c.eventLoopMaxMs} ms ${verdict(c.eventLoopMaxMs <= 50)}`,
        c.worstSecondBusyMs === null || c.worstSecondBusyMs === undefined ? '–' : `${c.worstSecondBusyMs} ms`, JSON.stringify(c.over50 ?? [])])))
  }

  if (r.faults !== undefined) {
    const f = r.faults
    out.push('', `### 5. Faults under load (${n(f.stakeholders)} stakeholders, ${f.seconds} s of reads and writes at concurrency ${f.load.connections}, Neo4j killed for ${f.outageSeconds} s)`)
    out.push(table(['measure', 'value', 'target'], [
      ['Neo4j killed (SIGKILL) / answering again', `${f.killedAtS} s / ${f.backAtS} s`, ''],
      ['responses while it was down', `${n(f.duringOutage.total)}: ${n(f.duringOutage.status503WithRetryAfter)} were 503 with Retry-After; other: ${JSON.stringify(f.duringOutage.other)}`, `only 503 with Retry-After ${verdict(Object.keys(f.duringOutage.other).length === 0)}`],
      ['anything but 2xx or 503 + Retry-After, whole run', JSON.stringify(f.violations), verdict(Object.keys(f.violations).length === 0)],
      ['recovery after Neo4j was back', f.recoverySeconds === null ? 'never' : `${f.recoverySeconds} s`, `< 5 s ${verdict(f.recoverySeconds !== null && f.recoverySeconds < 5)}`],
      ['acknowledged writes found afterwards', `${n(f.writesFound)} of ${n(f.writesAcknowledged)}`, `none missing ${verdict(f.writesMissing === 0)}`],
      ['requests (all statuses)', `${n(f.load.requests)} (${JSON.stringify(f.load.statusCounts)})`, '']
    ]))
  }
  return out.join('\n')
}

export function writeReport (path: string, results: BenchResults): void {
  const block = `${BEGIN}\n${render(results)}\n${END}`
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const text = existing.includes(BEGIN) && existing.includes(END)
    ? existing.slice(0, existing.indexOf(BEGIN)) + block + existing.slice(existing.indexOf(END) + END.length)
    : `# Benchmarks\n\n${block}\n`
  writeFileSync(path, text)
}
