// Starts (or finds) the Neo4j the integration tests run against, once per test run:
//   1. NEO4J_URI when set (an external server: CI with a service container, a developer's own);
//   2. otherwise testcontainers, when a container runtime answers;
//   3. otherwise the project's local runtime on a private port and folder (neo4j/run-test).
// Then applies the schema and the reference data, and hands the connection to the tests.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import neo4j from 'neo4j-driver'
import { Database } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { readSeedData, seed } from '../src/seed/load.js'
import { dataDir } from '../src/paths.js'
import { TEST_PASSWORD, localInstance, neo4jScript } from './helpers/local-neo4j.js'

export interface TestNeo4j { uri: string, user: string, password: string, database: string, source: string }

declare module 'vitest' {
  export interface ProvidedContext { neo4j: TestNeo4j }
}

async function containerRuntimeAnswers (): Promise<boolean> {
  if (process.env.TESTCONTAINERS_DISABLED === 'true') return false
  try {
    const { getContainerRuntimeClient } = await import('testcontainers')
    await getContainerRuntimeClient()
    return true
  } catch {
    return false
  }
}

let stop: (() => Promise<void>) | undefined

async function findNeo4j (): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? TEST_PASSWORD,
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      source: 'NEO4J_URI'
    }
  }
  if (await containerRuntimeAnswers()) {
    const { GenericContainer, Wait } = await import('testcontainers')
    const container = await new GenericContainer('neo4j:5.26-community')
      .withEnvironment({ NEO4J_AUTH: `neo4j/${TEST_PASSWORD}` })
      .withExposedPorts(7687)
      .withWaitStrategy(Wait.forLogMessage('Started.'))
      .withStartupTimeout(180_000)
      .start()
    stop = async () => { await container.stop() }
    return { uri: `bolt://${container.getHost()}:${container.getMappedPort(7687)}`, user: 'neo4j', password: TEST_PASSWORD, database: 'neo4j', source: 'testcontainers' }
  }
  const instance = localInstance('test', Number(process.env.NEO4J_TEST_PORT ?? 7688))
  const already = neo4jScript(instance, 'status').status === 0
  if (!already) {
    const started = neo4jScript(instance, 'start')
    if (started.status !== 0) throw new Error(`could not start the local test Neo4j:\n${started.output}`)
    // Stop it after the run only if this run started it (a developer may keep one running).
    stop = async () => { neo4jScript(instance, 'stop') }
  }
  return { uri: instance.uri, user: 'neo4j', password: TEST_PASSWORD, database: 'neo4j', source: 'local runtime (neo4j/run-test)' }
}

export async function setup (project: TestProject) {
  const target = await findNeo4j()
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password))
  try {
    const db = new Database(driver, target.database, 60_000)
    await waitUntilAnswers(db)
    await migrate(db)
    await seed(db, readSeedData({ sample: existsSync(join(dataDir, 'sample', 'ecosystem.json')) }))
  } finally {
    await driver.close()
  }
  console.log(`integration tests use Neo4j from ${target.source}: ${target.uri}`)
  project.provide('neo4j', target)
}

async function waitUntilAnswers (db: Database) {
  const deadline = Date.now() + 120_000
  for (;;) {
    try { await db.ping(); return } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

export async function teardown () {
  if (process.env.KEEP_TEST_NEO4J !== 'true') await stop?.()
}
