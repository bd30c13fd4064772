// Builds a fresh app per test file against the shared test Neo4j, with one driver per file.
import { inject } from 'vitest'
import neo4j, { type Driver } from 'neo4j-driver'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig, type Config } from '../../src/config.js'
import { Database } from '../../src/db/database.js'

export function testConfig (env: Record<string, string> = {}): Config {
  const target = inject('neo4j')
  return loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    LOG_LEVEL: 'silent',
    // Tests of the API's behaviour run as admin; test/auth.test.ts turns this off.
    AUTH_DISABLED: 'true',
    ...env
  })
}

let sharedDriver: Driver | undefined

export function testDriver (): Driver {
  if (sharedDriver === undefined) {
    const target = inject('neo4j')
    sharedDriver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password))
  }
  return sharedDriver
}

export function testDb (): Database {
  return new Database(testDriver(), inject('neo4j').database, 30_000)
}

export async function closeTestDriver (): Promise<void> {
  await sharedDriver?.close()
  sharedDriver = undefined
}

export async function testApp (env: Record<string, string> = {}, extend?: (app: FastifyInstance) => void | Promise<void>): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(env), driver: testDriver() })
  if (extend !== undefined) await extend(app)
  await app.ready()
  return app
}

/** A short unique prefix for the ids a test creates, so files can run in parallel and clean up. */
export function uniquePrefix (name: string): string {
  return `t-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`
}
