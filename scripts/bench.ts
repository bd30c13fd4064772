// npm run bench [-- --quick] [--only overhead,sync,growth,soak,responsiveness,faults] [--sizes 1000,10000,100000] [--out FILE]
//
// Issue 7's benchmarks, side by side in one run on this machine, on private Neo4j servers
// (neo4j/run-bench-*, HTTP connector on for Neo4j's Query API; loaded graphs are kept for the
// next run). Results go to docs/benchmarks.md (a quick run: .bench/quick.md) and a JSON beside it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, release } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { migrate } from '../src/db/migrate.js'
import { readSeedData, seed } from '../src/seed/load.js'
import { ApiProcess, buildApi } from './bench/api-process.js'
import { prepareGraph } from './bench/dataset.js'
import { runFaults } from './bench/faults.js'
import { runGrowth } from './bench/growth.js'
import { BenchNeo4j, ROOT } from './bench/neo4j-instance.js'
import { runOverhead } from './bench/overhead.js'
import { writeReport, type BenchResults } from './bench/report.js'
import { runResponsiveness } from './bench/responsiveness.js'
import { runSoak } from './bench/soak.js'
import { runSync } from './bench/sync.js'
import { pickTargets } from './bench/targets.js'

const ALL = ['overhead', 'sync', 'growth', 'soak', 'responsiveness', 'faults'] as const
type Part = typeof ALL[number]

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    sizes: { type: 'string' },
    out: { type: 'string' },
    'soak-seconds': { type: 'string' }
  }
})
const quick = values.quick
const parts = new Set<Part>((values.only?.split(',') ?? ALL) as Part[])
for (const p of parts) if (!ALL.includes(p)) { console.error(`bench: unknown part ${p}; parts: ${ALL.join(', ')}`); process.exit(2) }
const sizes = (values.sizes?.split(',').map(Number) ?? (quick ? [1000] : [1000, 10_000, 100_000])).sort((a, b) => a - b)
if (sizes.some((s) => !Number.isInteger(s) || s < 100)) { console.error('bench: --sizes takes integers ≥ 100'); process.exit(2) }
const largest = sizes.at(-1)!
const out = values.out ?? (quick ? join(ROOT, '.bench', 'quick.md') : join(ROOT, 'docs', 'benchmarks.md'))

const D = quick
  ? { seconds: 3, concurrencies: [1, 16], soak: 20, faultSeconds: 15, outage: 3, sync: 2000, oneByOne: 100, baseline: 2 }
  : { seconds: 15, concurrencies: [1, 16], soak: 300, faultSeconds: 60, outage: 10, sync: 20_000, oneByOne: 1000, baseline: 5 }
if (values['soak-seconds'] !== undefined) D.soak = Number(values['soak-seconds'])

// private ports, away from the dev (7687) and test (7688–7690) servers; one benchmark server runs at a time
const BENCH_BOLT = Number(process.env.BENCH_BOLT_PORT ?? 7711)
const BENCH_HTTP = Number(process.env.BENCH_HTTP_PORT ?? 7712)
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`)
/** A command's first words of output (java -version writes to stderr). */
const sh = (cmd: string, args: string[]) => { const r = spawnSync(cmd, args, { encoding: 'utf8' }); return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() }

function heapFor (stakeholders: number) {
  return stakeholders >= 50_000 ? { heap: '3g', pagecache: '3g' } : stakeholders >= 5000 ? { heap: '2g', pagecache: '1g' } : { heap: '1g', pagecache: '512m' }
}
function instanceFor (stakeholders: number): BenchNeo4j {
  return new BenchNeo4j({ name: `${stakeholders >= 1000 ? `${stakeholders / 1000}k` : stakeholders}`, boltPort: BENCH_BOLT, httpPort: BENCH_HTTP, ...heapFor(stakeholders) })
}

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  quick,
  machine: {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `Linux ${release()}`,
    node: process.version,
    java: sh('java', ['-version']).split('\n')[0] ?? '?',
    neo4j: '5.26 Community (neo4j/pom.xml), one server per graph',
    commit: sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'])
  },
  graphs: []
}

// A partial run (--only) keeps the other parts of the last report, each with the time it was measured.
const previousPath = out.replace(/\.md$/, '.json')
if (values.only !== undefined && existsSync(previousPath)) {
  const previous = JSON.parse(readFileSync(previousPath, 'utf8')) as BenchResults
  for (const part of ALL) {
    if (parts.has(part)) continue
    const key = part as keyof BenchResults
    if (previous[key] !== undefined) (results as unknown as Record<string, unknown>)[key] = previous[key]
    if (previous.measuredAt?.[part] !== undefined) (results.measuredAt ??= {})[part] = previous.measuredAt[part]
  }
  results.graphs = previous.graphs ?? []
}

function save () {
  results.finishedAt = new Date().toISOString()
  for (const part of ALL) {
    const key = part as keyof BenchResults
    if (parts.has(part) && results[key] !== undefined) (results.measuredAt ??= {})[part] ??= new Date().toISOString()
  }
  mkdirSync(dirname(out), { recursive: true })
  writeReport(out, results)
  writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify(results, null, 2) + '\n')
}

let current: { api?: ApiProcess, instance?: BenchNeo4j } = {}
async function cleanup () {
  await current.api?.stop().catch(() => {})
  await current.instance?.stop().catch(() => {})
  current = {}
}
process.on('SIGINT', () => { void cleanup().then(() => process.exit(130)) })

try {
  log('building the API (npm run build): the benchmarks measure what start:prod serves')
  buildApi()
  const needGraphs = ['overhead', 'growth', 'soak', 'responsiveness', 'faults'].some((p) => parts.has(p as Part))
  for (const size of needGraphs ? sizes : []) {
    if (!parts.has('growth') && size !== largest) continue
    log(`graph of ${size} stakeholders`)
    const instance = instanceFor(size)
    current.instance = instance
    const info = await prepareGraph(instance, size, log)
    results.graphs = [...results.graphs.filter((g) => g.stakeholders !== size), info].sort((a, b) => a.stakeholders - b.stakeholders)
    const api = new ApiProcess(instance)
    current.api = api
    await api.start()
    const targets = await pickTargets(instance.database())
    if (parts.has('growth')) {
      log('d. growth')
      ;(results.growth ??= []).push({ stakeholders: size, cases: await runGrowth(api, targets, { quick, log }) })
      save()
    }
    if (size === largest) {
      if (parts.has('overhead')) {
        log('a/b. API vs bare driver vs Neo4j Query API')
        results.overhead = { stakeholders: size, seconds: D.seconds, cases: await runOverhead(api, instance, targets, { seconds: D.seconds, concurrencies: D.concurrencies, log }) }
        save()
      }
      if (parts.has('responsiveness')) {
        log('4. responsiveness under heavy work')
        results.responsiveness = { stakeholders: size, cases: await runResponsiveness(api, targets, { heavy: ['/analysis/structure', '/analysis/gaps'], connections: 2, baselineSeconds: D.baseline, log }) }
        save()
      }
      if (parts.has('soak')) {
        log(`e. soak: ${D.soak} s at concurrency 16`)
        results.soak = { stakeholders: size, ...await runSoak(api, targets, { seconds: D.soak, connections: 16, log }) }
        save()
      }
      if (parts.has('faults')) {
        log(`5. faults: ${D.faultSeconds} s of load, Neo4j down for ${D.outage} s`)
        results.faults = { stakeholders: size, ...await runFaults(api, instance, targets, { seconds: D.faultSeconds, outageSeconds: D.outage, connections: 8, log }) }
        save()
      }
    }
    await cleanup()
  }

  if (parts.has('sync')) {
    log(`c. bulk sync of ${D.sync} stakeholders`)
    const instance = new BenchNeo4j({ name: 'sync', boltPort: BENCH_BOLT, httpPort: BENCH_HTTP, heap: '2g', pagecache: '1g' })
    current.instance = instance
    await instance.reset()
    await instance.start()
    await migrate(instance.database())
    await seed(instance.database(), readSeedData({ sample: false }))
    const api = new ApiProcess(instance)
    current.api = api
    await api.start()
    const driver = instance.newDriver()
    try {
      results.sync = await runSync(api, driver, { records: D.sync, oneByOne: D.oneByOne, batchSize: 1000, log })
    } finally {
      await driver.close()
    }
    save()
    await cleanup()
  }
  save()
  log(`written: ${out}`)
} catch (err) {
  console.error(err)
  save()
  await cleanup()
  process.exit(1)
}
