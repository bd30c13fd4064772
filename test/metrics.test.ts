// GET /metrics: admin only; process memory and event-loop delay (since start and per second for the
// last 300 seconds) as JSON, or as Prometheus text exposition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createKey } from '../src/modules/keys/service.js'
import { RECENT_SECONDS, RESOLUTION_MS } from '../src/plugins/metrics.js'
import { closeTestDriver, testApp, testDb } from './helpers/app.js'
import { problem } from './helpers/assert.js'

let app: FastifyInstance
const keys: Record<'reader' | 'analyst' | 'admin', string> = { reader: '', analyst: '', admin: '' }
const keyIds: string[] = []

beforeAll(async () => {
  app = await testApp({ AUTH_DISABLED: 'false' })
  for (const role of ['reader', 'analyst', 'admin'] as const) {
    const { key, record } = await createKey(testDb(), { name: `metrics test ${role}`, role })
    keys[role] = key
    keyIds.push(record.id)
  }
})

afterAll(async () => {
  await testDb().write((tx) => tx.run('MATCH (k:ApiKey) WHERE k.id IN $ids DELETE k', { ids: keyIds }))
  await app.close()
  await closeTestDriver()
})

const as = (role: keyof typeof keys, headers: Record<string, string> = {}) => ({ authorization: `Bearer ${keys[role]}`, ...headers })

describe('GET /metrics', () => {
  it('is for admins only', async () => {
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(401)
    for (const role of ['reader', 'analyst'] as const) {
      const res = await app.inject({ url: '/metrics', headers: as(role) })
      expect(res.statusCode).toBe(403)
      problem(res, 403)
    }
    expect(app.routeAccessTable.find((r) => r.url === '/metrics')?.access).toBe('admin')
  })

  it('reports memory, the event-loop delay since start and one entry per second', async () => {
    // Hold the loop for ~60 ms, then let the per-second timer record it.
    const until = performance.now() + 60
    while (performance.now() < until) { /* blocking on purpose */ }
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const res = await app.inject({ url: '/metrics', headers: as('admin') })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    const body = res.json()
    expect(Object.keys(body).sort()).toEqual(['eventLoop', 'process'])
    for (const field of ['rssBytes', 'heapUsedBytes', 'heapTotalBytes', 'externalBytes']) {
      expect(Number.isInteger(body.process[field]), field).toBe(true)
      expect(body.process[field], field).toBeGreaterThan(0)
    }
    expect(body.process.uptimeSeconds).toBeGreaterThan(0)
    const loop = body.eventLoop
    expect(loop.resolutionMs).toBe(RESOLUTION_MS)
    expect(Date.parse(loop.startedAt)).toBeLessThanOrEqual(Date.now())
    expect(loop.minMs).toBeGreaterThan(0)
    expect(loop.minMs).toBeLessThanOrEqual(loop.p50Ms)
    expect(loop.p50Ms).toBeLessThanOrEqual(loop.p99Ms)
    expect(loop.p99Ms).toBeLessThanOrEqual(loop.maxMs)
    expect(loop.meanMs).toBeGreaterThanOrEqual(loop.minMs)
    expect(loop.maxMs).toBeGreaterThanOrEqual(60) // the block above
    expect(loop.recent.length).toBeGreaterThanOrEqual(1)
    expect(loop.recent.length).toBeLessThanOrEqual(RECENT_SECONDS)
    for (const entry of loop.recent) {
      expect(Object.keys(entry).sort()).toEqual(['at', 'busyMs', 'maxMs', 'p99Ms'])
      expect(new Date(entry.at).toISOString()).toBe(entry.at)
      expect(entry.p99Ms).toBeLessThanOrEqual(entry.maxMs)
    }
    expect(Math.max(...loop.recent.map((r: { maxMs: number }) => r.maxMs))).toBeGreaterThanOrEqual(60)
    // the block was the loop's own work, so some second also shows it as busy time
    expect(Math.max(...loop.recent.map((r: { busyMs: number }) => r.busyMs))).toBeGreaterThanOrEqual(60)
    expect(res.headers['cache-control']).toBe('no-store')
  })

  it('speaks Prometheus text exposition for Accept: text/plain, and 406 for what it cannot give', async () => {
    const res = await app.inject({ url: '/metrics', headers: as('admin', { accept: 'text/plain' }) })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8')
    const lines = res.body.trim().split('\n')
    for (const name of ['process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_delay_max_seconds', 'nodejs_eventloop_delay_recent_max_seconds']) {
      expect(lines).toContain(`# TYPE ${name} gauge`)
    }
    expect(lines).toContain('# TYPE nodejs_eventloop_delay_seconds summary')
    for (const line of lines.filter((l) => !l.startsWith('#'))) expect(line).toMatch(/^[a-z_]+(\{quantile="0\.\d+"\})? \d+(\.\d+)?(e-?\d+)?$/)
    const bad = await app.inject({ url: '/metrics', headers: as('admin', { accept: 'image/png' }) })
    expect(bad.statusCode).toBe(406)
    problem(bad, 406)
  })
})
