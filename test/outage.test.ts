// Neo4j going away while the API runs: readiness turns 503, database-backed routes answer 503
// (never 500), and both recover by themselves when the database returns, with no API restart.
// Uses a private Neo4j instance (own port and folder) so the other test files are not disturbed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { TEST_PASSWORD, hasJava, localInstance, neo4jScript } from './helpers/local-neo4j.js'

const instance = localInstance('outage', Number(process.env.NEO4J_OUTAGE_PORT ?? 7689))
let app: FastifyInstance

async function until (check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return Date.now() - started
}

describe.skipIf(!hasJava())('database outage', () => {
  beforeAll(async () => {
    const started = neo4jScript(instance, 'start')
    if (started.status !== 0) throw new Error(started.output)
    const config = loadConfig({ NEO4J_URI: instance.uri, NEO4J_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent' })
    app = await buildApp({ config })
    app.get('/__count', { config: { auth: 'public' }, schema: { hide: true } }, async () => {
      const result = await app.db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS c'))
      return { count: Number(result.records[0]?.get('c')) }
    })
    await app.ready()
  }, 180_000)

  afterAll(async () => {
    await app?.close()
    neo4jScript(instance, 'stop')
  })

  it('turns /ready to 503 while Neo4j is down and back to 200 when it returns', async () => {
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200)
    expect((await app.inject({ url: '/__count' })).statusCode).toBe(200)

    expect(neo4jScript(instance, 'stop').status).toBe(0)

    const down = await app.inject({ url: '/ready' })
    expect(down.statusCode).toBe(503)
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(down.headers['retry-after']).toBeDefined()
    expect(down.json()).toMatchObject({ status: 503, type: 'urn:cci-atlas:problem:database-unavailable' })

    const query = await app.inject({ url: '/__count' })
    expect(query.statusCode).toBe(503)
    expect(query.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(query.body).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:/)

    expect((await app.inject({ url: '/health' })).statusCode).toBe(200)

    expect(neo4jScript(instance, 'start').status).toBe(0)
    await until(async () => (await app.inject({ url: '/ready' })).statusCode === 200, 30_000)
    expect((await app.inject({ url: '/__count' })).statusCode).toBe(200)
  }, 180_000)
})
