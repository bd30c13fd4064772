// npm run import -- --source <source> [--kind stakeholders|destinations|products|links] [--batch 1000]
//                   [--retry-for 300] [--restart] <file.csv|file.ndjson>
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { loadConfig } from '../src/config.js'
import { createDriver, Database } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { ImportFileError } from '../src/import/records.js'
import { errorFileOf, importFile, stateFileOf } from '../src/import/run.js'
import { SOURCE_PATTERN } from '../src/modules/keys/routes.js'
import { MAX_BATCH, SYNC_KINDS, type SyncKind } from '../src/modules/sync/records.js'

const usage = 'usage: npm run import -- --source <source> [--kind stakeholders|destinations|products|links] [--batch 1000] [--retry-for 300] [--restart] <file.csv|file.ndjson>'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    kind: { type: 'string', default: 'stakeholders' },
    batch: { type: 'string', default: '1000' },
    'retry-for': { type: 'string', default: '300' },
    restart: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false }
  }
})

function fail (message: string): never {
  console.error(`import: ${message}`)
  process.exit(1)
}

const file = positionals[0]
if (file === undefined || values.source === undefined) fail(usage)
if (!new RegExp(SOURCE_PATTERN).test(values.source)) fail(`--source must match ${SOURCE_PATTERN}`)
if (!(SYNC_KINDS as readonly string[]).includes(values.kind!)) fail(`--kind must be one of ${SYNC_KINDS.join(', ')}`)
const batchSize = Number(values.batch)
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) fail(`--batch must be 1..${MAX_BATCH}`)

const config = loadConfig()
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
const db = new Database(driver, config.neo4j.database, 120_000)
const bar = new cliProgress.SingleBar({
  format: 'import |{bar}| {percentage}% {value}/{total} records | {speed} records/s | ETA {eta_formatted}',
  hideCursor: true
}, cliProgress.Presets.shades_classic)
const started = Date.now()
let barStarted = false

try {
  await migrate(db)
  const summary = await importFile(db, {
    file,
    source: values.source,
    kind: values.kind as SyncKind,
    batchSize,
    retryForMs: Number(values['retry-for']) * 1000,
    restart: values.restart,
    log: (line) => { if (barStarted) bar.stop(); barStarted = false; console.log(line) },
    onProgress: (done, total) => {
      if (values.quiet) return
      if (!barStarted) { bar.start(total, 0, { speed: '0' }); barStarted = true }
      const speed = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000))
      bar.update(done, { speed: String(speed) })
    }
  })
  if (barStarted) bar.stop()
  console.log(`imported ${file} into source ${values.source}: ${summary.total} records` +
    `${summary.resumedFrom > 0 ? ` (resumed after ${summary.resumedFrom})` : ''}; ` +
    `created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.failed}; ${summary.seconds} s`)
  if (summary.failed > 0) console.log(`rejected rows and their reasons: ${errorFileOf(file)}`)
} catch (err) {
  if (barStarted) bar.stop()
  if (err instanceof ImportFileError) fail(err.message)
  console.error(`import: stopped: ${(err as Error).message}`)
  console.error(`rerun the same command to resume from the last committed batch (checkpoint: ${stateFileOf(file)})`)
  process.exitCode = 1
} finally {
  await driver.close()
}
