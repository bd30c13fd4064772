// What `npm start` does before listening: make sure a Neo4j answers (starting the local runtime
// when no NEO4J_URI is set), apply the schema, and load the reference data into an empty graph.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { Logger } from 'pino'
import type { Config } from '../config.js'
import type { Database } from '../db/database.js'
import { migrate } from '../db/migrate.js'
import { countEntities, readSeedData, seed } from '../seed/load.js'
import { projectRoot } from '../paths.js'

export class StartupError extends Error {}

async function answers (db: Database): Promise<boolean> {
  try { await db.ping(); return true } catch { return false }
}

export async function waitForDatabase (db: Database, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await answers(db))) {
    if (Date.now() > deadline) throw new StartupError(`Neo4j did not answer within ${Math.round(timeoutMs / 1000)}s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export function startLocalNeo4j (config: Config): void {
  const port = new URL(config.neo4j.uri.replace(/^bolt/, 'http')).port || '7687'
  const result = spawnSync('bash', [join(projectRoot, 'neo4j', 'neo4j.sh'), 'start'], {
    stdio: 'inherit',
    env: { ...process.env, NEO4J_BOLT_PORT: port, NEO4J_PASSWORD: config.neo4j.password }
  })
  if (result.status !== 0) throw new StartupError('the local Neo4j runtime did not start (see the lines above)')
}

export async function prepareDatabase (config: Config, db: Database, log: Logger): Promise<void> {
  if (!(await answers(db))) {
    if (config.neo4j.embedded && config.neo4j.autoStart) {
      log.info('no Neo4j answers on %s: starting the local runtime (neo4j/neo4j.sh)', config.neo4j.uri)
      startLocalNeo4j(config)
    } else {
      log.info('waiting for Neo4j at %s', config.neo4j.uri)
    }
    await waitForDatabase(db, 120_000)
  }
  const report = await migrate(db)
  if (report.applied.length > 0) log.info({ applied: report.applied }, 'schema migrations applied')
  if (config.autoSeed && (await countEntities(db)) === 0) {
    const loaded = await seed(db, readSeedData({ sample: false }))
    log.info({ nodes: loaded.nodes.created, links: loaded.links.created }, 'empty graph: reference data loaded')
  }
}
