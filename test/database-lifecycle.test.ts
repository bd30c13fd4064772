// The database's life as the app sees it, on a private Neo4j instance (own port and folder) so the
// other test files are not disturbed: start on an empty graph (schema + reference data), seeding
// twice changes nothing, the sample comes and goes, and an outage turns into 503s that heal by
// themselves with no API restart.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Driver } from 'neo4j-driver'
import { pino } from 'pino'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.js'
import { loadConfig, type Config } from '../src/config.js'
import { Database, createDriver } from '../src/db/database.js'
import { dataDir } from '../src/paths.js'
import { prepareDatabase } from '../src/runtime/startup.js'
import { readSeedData, removeSample, seed } from '../src/seed/load.js'
import { createKey } from '../src/modules/keys/service.js'
import { until } from './helpers/assert.js'
import { TEST_PASSWORD, hasJava, localInstance, neo4jScript } from './helpers/local-neo4j.js'

const instance = localInstance('lifecycle', Number(process.env.NEO4J_OUTAGE_PORT ?? 7689))
let config: Config
let driver: Driver
let db: Database
let app: FastifyInstance

/** Node and link counts of the data files, read straight from the JSON (not through the loader). */
function fileCounts (folder: string, only?: string): { nodes: number, links: number } {
  const dir = join(dataDir, folder)
  let nodes = 0
  let links = 0
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && (only === undefined || f === only))) {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes?: unknown[], links?: unknown[] }
    nodes += parsed.nodes?.length ?? 0
    links += parsed.links?.length ?? 0
  }
  return { nodes, links }
}

async function graphCounts () {
  const result = await db.read((tx) => tx.run(`
    MATCH (n:Entity) WITH count(n) AS nodes, sum(n.version) AS versions
    RETURN nodes, versions, COUNT { ()-[r]->() WHERE r.id IS NOT NULL } AS links`))
  const r = result.records[0]!
  return { nodes: Number(r.get('nodes')), links: Number(r.get('links')), versions: Number(r.get('versions')) }
}

/** inject, but a hang becomes a failure that names the request (a hang is a bug too). */
async function timed (request: { url: string, headers?: Record<string, string> }, limitMs = 20_000) {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new Error(`${request.url} did not answer within ${limitMs} ms`)), limitMs) })
  try {
    const res = await Promise.race([app.inject(request), timeout])
    console.log(`lifecycle: ${request.url} -> ${res.statusCode} in ${Date.now() - started} ms`)
    return res
  } finally {
    clearTimeout(timer)
  }
}


describe.skipIf(!hasJava())('database lifecycle', () => {
  beforeAll(async () => {
    neo4jScript(instance, 'reset')
    const started = neo4jScript(instance, 'start')
    if (started.status !== 0) throw new Error(started.output)
    config = loadConfig({ NEO4J_URI: instance.uri, NEO4J_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent' })
    // The production driver settings (fail fast while the database is down), not the driver's defaults.
    driver = createDriver(instance.uri, 'neo4j', TEST_PASSWORD)
    db = new Database(driver, 'neo4j', 60_000)
    app = await buildApp({ config, driver })
    app.get('/__count', { config: { auth: 'public' }, schema: { hide: true } }, async () => {
      const result = await app.db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS c'))
      return { count: Number(result.records[0]?.get('c')) }
    })
    await app.ready()
  }, 180_000)

  afterAll(async () => {
    await app?.close()
    await driver?.close()
    neo4jScript(instance, 'stop')
  })

  it('prepares an empty database at start: schema, then the reference data', async () => {
    await prepareDatabase(config, db, pino({ level: 'silent' }))
    const reference = fileCounts('reference')
    const counts = await graphCounts()
    expect(counts.nodes).toBe(reference.nodes)
    expect(counts.links).toBe(reference.links)
    const constraints = await db.read((tx) => tx.run("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name"))
    expect(constraints.records).toHaveLength(1)
    // A second start finds the graph populated and loads nothing.
    await prepareDatabase(config, db, pino({ level: 'silent' }))
    expect(await graphCounts()).toEqual(counts)
  })

  it('seeds reference + sample; a second run changes nothing; --remove-sample leaves exactly the reference data', async () => {
    const reference = fileCounts('reference')
    const sample = fileCounts('sample', 'ecosystem.json')
    expect(sample.nodes).toBeGreaterThan(400)

    await seed(db, readSeedData({ sample: true }))
    const first = await graphCounts()
    expect(first.nodes).toBe(reference.nodes + sample.nodes)
    expect(first.links).toBe(reference.links + sample.links)

    const again = await seed(db, readSeedData({ sample: true }))
    expect(again.nodes.created + again.nodes.updated).toBe(0)
    expect(again.links.created + again.links.updated).toBe(0)
    expect(await graphCounts()).toEqual(first)

    await removeSample(db)
    const after = await graphCounts()
    expect(after.nodes).toBe(reference.nodes)
    expect(after.links).toBe(reference.links)
    const leftovers = await db.read((tx) => tx.run('MATCH (n) WHERE n.sample = true RETURN count(n) AS c'))
    expect(Number(leftovers.records[0]!.get('c'))).toBe(0)
  }, 120_000)

  it('turns /ready to 503 while Neo4j is down and back to 200 when it returns, with no API restart', async () => {
    // A real key: while the database is down even the key lookup fails, and that too must be a 503.
    const { key } = await createKey(db, { name: 'lifecycle reader', role: 'reader' })
    const headers = { authorization: `Bearer ${key}` }
    expect((await timed({ url: '/ready' })).statusCode).toBe(200)
    expect((await timed({ url: '/stakeholders?limit=1', headers })).statusCode).toBe(200)
    expect((await timed({ url: '/__count' })).statusCode).toBe(200)

    let t = Date.now()
    expect(neo4jScript(instance, 'stop').status).toBe(0)
    console.log(`lifecycle: Neo4j stopped in ${Date.now() - t} ms`)

    const down = await timed({ url: '/ready' })
    expect(down.statusCode).toBe(503)
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(down.headers['retry-after']).toBeDefined()
    expect(down.json()).toMatchObject({ status: 503, type: 'urn:cci-atlas:problem:database-unavailable' })

    const took: number[] = []
    for (const url of ['/__count', '/stakeholders', '/destinations/whc-668']) {
      const t0 = Date.now()
      const res = await timed({ url, headers })
      took.push(Date.now() - t0)
      expect(res.statusCode, url).toBe(503)
      expect(res.headers['retry-after'], url).toBeDefined()
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.body).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:/)
    }
    expect((await timed({ url: '/health' })).statusCode).toBe(200)
    // Once a call has found Neo4j unreachable, the next ones fail fast (the breaker) instead of
    // each waiting out the driver's connection timeouts (the first took ~3–8 s).
    expect(took.slice(1).every((ms) => ms < 1000), `took ${took.join(', ')} ms`).toBe(true)

    t = Date.now()
    expect(neo4jScript(instance, 'start').status).toBe(0)
    console.log(`lifecycle: Neo4j started in ${Date.now() - t} ms`)
    await until(async () => (await timed({ url: '/ready' })).statusCode === 200, 30_000)
    expect((await timed({ url: '/__count' })).statusCode).toBe(200)
    expect((await timed({ url: '/destinations/whc-668', headers })).statusCode).toBe(200)
  }, 180_000)

  it('an atomic batch cut off by a database crash leaves none or all of its records, and the client gets 503, not 500', async () => {
    const source = 't-atomic'
    const records = Array.from({ length: 5000 }, (_, i) => ({ externalId: `AT-${i}`, kind: 'CreativeProducer', name: `Atomic producer ${i}`, province: 'KH-17', sectors: ['fcs-c-crafts'] }))
    const { key } = await createKey(db, { name: 'lifecycle admin', role: 'admin' })
    const pending = app.inject({ method: 'POST', url: `/sync/${source}/stakeholders`, payload: records, headers: { authorization: `Bearer ${key}` } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const pid = Number(readFileSync(join(instance.home, 'neo4j.pid'), 'utf8'))
    process.kill(pid, 'SIGKILL') // a crash, not a clean stop: the transaction cannot finish
    const res = await pending
    expect([200, 503]).toContain(res.statusCode)
    if (res.statusCode === 503) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(neo4jScript(instance, 'start').status).toBe(0)
    await until(async () => (await app.inject({ url: '/ready' })).statusCode === 200, 60_000)
    const result = await db.read((tx) => tx.run('MATCH (x:ExternalRef {source: $source})<-[:KNOWN_AS]-(n:Stakeholder) RETURN count(n) AS c', { source }))
    const count = Number(result.records[0]!.get('c'))
    console.log(`lifecycle: atomic batch answered ${res.statusCode}; ${count} records after recovery`)
    expect(res.statusCode === 200 ? [5000] : [0, 5000]).toContain(count)
  }, 180_000)
})
