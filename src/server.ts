// Entry point: read the configuration, prepare the database, serve, and shut down gracefully.
import closeWithGrace from 'close-with-grace'
import { pino } from 'pino'
import { buildApp, loggerOptions } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { createDriver, Database } from './db/database.js'
import { MigrationError } from './db/migrate.js'
import { SeedError } from './seed/load.js'
import { StartupError, prepareDatabase } from './runtime/startup.js'

function readConfig (): Config {
  try {
    return loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`cci-atlas: ${err.message}`)
      process.exit(1)
    }
    throw err
  }
}

async function main () {
  const config = readConfig()
  const log = pino(loggerOptions(config) as object)
  const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password)
  try {
    await prepareDatabase(config, new Database(driver, config.neo4j.database, config.queryTimeoutMs), log)
  } catch (err) {
    await driver.close()
    if (err instanceof StartupError || err instanceof MigrationError || err instanceof SeedError) {
      console.error(`cci-atlas: ${err.message}`)
      process.exit(1)
    }
    throw err
  }

  const app = await buildApp({ config, driver })
  app.addHook('onClose', async () => { await driver.close() })

  closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
    if (err !== undefined) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down: draining requests')
    await app.close()
  })

  if (config.authDisabled) app.log.warn('AUTH_DISABLED=true: every request acts as admin. For local development only.')
  await app.listen({ port: config.port, host: config.host })
  const base = config.publicUrl
  app.log.info(`CCI Atlas is serving ${base} (API), ${base}/docs (Swagger UI), ${base}/openapi.json`)
  if (process.stdout.isTTY) console.log(`\n  CCI Atlas API   ${base}\n  Swagger UI      ${base}/docs\n`)
}

main().catch((err: unknown) => {
  console.error('cci-atlas: failed to start:', err instanceof Error ? err.message : err)
  process.exit(1)
})
