// npm run report -- [--country KH] [--out report.html|report.md|report.json]
// The gap report of a country (or, without --country, the region), written to a file.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { createDriver, Database } from '../src/db/database.js'
import { analyseGaps } from '../src/modules/gaps/engine.js'
import { loadGapRegistry } from '../src/modules/gaps/registry.js'
import { reportHtml, reportMarkdown } from '../src/modules/gaps/report.js'
import { reportInput } from '../src/modules/gaps/reporting.js'

const { values } = parseArgs({ options: { country: { type: 'string' }, out: { type: 'string', default: 'report.html' } } })
if (values.country !== undefined && !/^[A-Z]{2}$/.test(values.country)) {
  console.error('report: --country must be an ISO code such as KH')
  process.exit(1)
}
const config = loadConfig()
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
const db = new Database(driver, config.neo4j.database, 120_000)
try {
  const registry = loadGapRegistry(config.indicatorsDir, config.suggestionsDir)
  const focus = await analyseGaps(db, registry, values.country ?? null)
  const out = values.out!
  if (out.endsWith('.json')) writeFileSync(out, `${JSON.stringify(focus, null, 2)}\n`)
  else {
    const input = await reportInput(db, registry, focus, {})
    writeFileSync(out, out.endsWith('.md') ? reportMarkdown(input) : reportHtml(input))
  }
  console.log(`wrote ${out}: ${focus.summary.met} met, ${focus.summary.partial} partial, ${focus.summary.gap} gaps, ${focus.summary['no-data']} without data`)
} catch (err) {
  console.error(`report: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await driver.close()
}
