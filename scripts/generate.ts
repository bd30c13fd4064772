// npm run generate -- --stakeholders N --seed S [--source synthetic-S] [--batch 2000] [--dry-run] [--quiet]
// Generates a synthetic CCI ecosystem (src/generate/synthetic.ts) and loads it through the bulk
// sync path in reference order: stakeholders, destinations, products, regulations, initiatives,
// then links. Deterministic for a seed and idempotent: rerunning the same command reports
// everything unchanged.
// A dry run of a source not loaded yet reports the links as failed (their ends do not exist yet).
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { loadConfig } from '../src/config.js'
import { createDriver, Database } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { SOURCE_PATTERN } from '../src/modules/keys/routes.js'
import { MAX_BATCH } from '../src/modules/sync/records.js'
import { loadSynthetic } from '../src/generate/load.js'
import { loadSyntheticReference } from '../src/generate/reference.js'
import { countSynthetic, generateSynthetic } from '../src/generate/synthetic.js'

const usage = 'usage: npm run generate -- --stakeholders N --seed S [--source synthetic-S] [--batch 2000] [--dry-run] [--quiet]'
const { values } = parseArgs({
  options: {
    stakeholders: { type: 'string' },
    seed: { type: 'string', default: '1' },
    source: { type: 'string' },
    batch: { type: 'string', default: '2000' },
    'dry-run': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false }
  }
})

function fail (message: string): never {
  console.error(`generate: ${message}`)
  process.exit(1)
}

const stakeholders = Number(values.stakeholders)
if (values.stakeholders === undefined || !Number.isInteger(stakeholders) || stakeholders < 1 || stakeholders > 1_000_000) fail(`--stakeholders must be 1..1000000\n${usage}`)
const seed = Number(values.seed)
if (!Number.isInteger(seed) || seed < 0 || seed > 0xFFFFFFFF) fail('--seed must be an integer 0..4294967295')
const source = values.source ?? `synthetic-${seed}`
if (!new RegExp(SOURCE_PATTERN).test(source)) fail(`--source must match ${SOURCE_PATTERN}`)
const batchSize = Number(values.batch)
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) fail(`--batch must be 1..${MAX_BATCH}`)

const reference = loadSyntheticReference()
const options = { stakeholders, seed, batchSize }
const planned = countSynthetic(generateSynthetic(options, reference)) // a cheap first pass, for the bar's total
console.log(`generate: ${stakeholders} stakeholders, seed ${seed}, source ${source}: ${planned.totalRecords} records, ` +
  `${planned.totalRelationships} relationships (${(planned.totalRelationships / stakeholders).toFixed(1)} per stakeholder)${values['dry-run'] ? ' [dry run]' : ''}`)

const config = loadConfig()
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
const db = new Database(driver, config.neo4j.database, 120_000)
const bar = new cliProgress.SingleBar({
  format: 'generate |{bar}| {percentage}% {value}/{total} records | {kind} | {speed} records/s | ETA {eta_formatted}',
  hideCursor: true
}, cliProgress.Presets.shades_classic)
let barStarted = false
const started = Date.now()

try {
  await migrate(db)
  if (!values.quiet) { bar.start(planned.totalRecords, 0, { kind: 'stakeholders', speed: '0' }); barStarted = true }
  const summary = await loadSynthetic(db, generateSynthetic(options, reference), {
    source,
    dryRun: values['dry-run'],
    log: (line) => { if (barStarted) bar.stop(); barStarted = false; console.log(line) },
    onBatch: (done, kind) => {
      if (!barStarted) return
      bar.update(done, { kind, speed: String(Math.round(done / Math.max(0.001, (Date.now() - started) / 1000))) })
    }
  })
  if (barStarted) bar.stop()
  const t = summary.totals
  console.log(`loaded source ${source}: ${t.records} records in ${summary.seconds} s (${summary.recordsPerSecond} records/s); ` +
    `created ${t.created}, updated ${t.updated}, unchanged ${t.unchanged}, failed ${t.failed}`)
  for (const [kind, k] of Object.entries(summary.perKind)) {
    console.log(`  ${kind.padEnd(13)} ${String(k.records).padStart(8)}  created ${k.created}, updated ${k.updated}, unchanged ${k.unchanged}, failed ${k.failed}`)
  }
  console.log('  stakeholder kinds: ' + Object.entries(planned.stakeholderKinds).sort().map(([k, n]) => `${k} ${n}`).join(', '))
  console.log('  relationships: ' + Object.entries(planned.relationships).map(([k, n]) => `${k} ${n}`).join(', '))
  if (summary.errors.length > 0) {
    console.log('  first rejected records:')
    for (const e of summary.errors.slice(0, 5)) console.log(`    ${e.kind} #${e.index} ${e.externalId ?? ''}: ${e.errors.map((x) => `${x.pointer} ${x.message}`).join('; ')}`)
  }
  if (t.failed > 0 && !values['dry-run']) process.exitCode = 1
} catch (err) {
  if (barStarted) bar.stop()
  console.error(`generate: stopped: ${(err as Error).message}`)
  console.error('rerun the same command: records already loaded come back unchanged')
  process.exitCode = 1
} finally {
  await driver.close()
}
