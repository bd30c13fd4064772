// npm run db:migrate: applies cypher/schema/*.cypher to the configured Neo4j (NEO4J_URI or local).
import { loadConfig } from '../src/config.js'
import { createDriver, Database } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'

const config = loadConfig()
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
try {
  const report = await migrate(new Database(driver, config.neo4j.database, 120_000))
  console.log(`applied: ${report.applied.join(', ') || 'none'}; already applied: ${report.skipped.length}`)
} catch (err) {
  console.error(`db:migrate: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await driver.close()
}
