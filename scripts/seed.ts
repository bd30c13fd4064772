// npm run seed [-- --sample | --remove-sample]: loads data/reference (and the sample ecosystem)
// into the configured Neo4j, after applying the schema. Idempotent.
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { createDriver, Database } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { readSeedData, removeSample, seed } from '../src/seed/load.js'

const { values } = parseArgs({ options: { sample: { type: 'boolean', default: false }, 'remove-sample': { type: 'boolean', default: false } } })
const config = loadConfig()
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
const db = new Database(driver, config.neo4j.database, 300_000)
try {
  await migrate(db)
  if (values['remove-sample']) {
    await removeSample(db)
    console.log('sample ecosystem removed; reference data kept')
  } else {
    const report = await seed(db, readSeedData({ sample: values.sample }))
    const line = (what: string, c: { created: number, updated: number, unchanged: number }) =>
      `${what}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`
    console.log(`${values.sample ? 'reference + sample' : 'reference'} data loaded\n  ${line('nodes', report.nodes)}\n  ${line('links', report.links)}`)
  }
} catch (err) {
  console.error(`seed: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await driver.close()
}
