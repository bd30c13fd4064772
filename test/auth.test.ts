// API keys and roles: deny by default, every route declares its access, and the role matrix
// holds for every route. The expected matrix is written here by hand from the README's table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createKey, hashKey, revokeKey } from '../src/modules/keys/service.js'
import { KeyCache } from '../src/modules/keys/cache.js'
import type { Role } from '../src/http/route-config.js'
import { closeTestDriver, testApp, testDb } from './helpers/app.js'

const ROLES: Role[] = ['reader', 'analyst', 'editor', 'partner', 'admin']
// Who may call a route of each declared access (README, "Roles").
const MATRIX: Record<string, Role[]> = {
  reader: ['reader', 'analyst', 'editor', 'partner', 'admin'],
  analyst: ['analyst', 'admin'],
  editor: ['editor', 'admin'],
  partner: ['partner', 'admin'],
  admin: ['admin']
}
const OPEN = ['/health', '/ready', '/openapi.json']

let app: FastifyInstance
const keys = new Map<Role, string>()
const keyIds: string[] = []

beforeAll(async () => {
  app = await testApp({ AUTH_DISABLED: 'false' })
  for (const role of ROLES) {
    const { key, record } = await createKey(testDb(), { name: `test ${role}`, role, source: role === 'partner' ? 'test-partner-a' : null })
    keys.set(role, key)
    keyIds.push(record.id)
  }
})

afterAll(async () => {
  await testDb().write((tx) => tx.run('MATCH (k:ApiKey) WHERE k.id IN $ids DELETE k', { ids: keyIds }))
  await app.close()
  await closeTestDriver()
})

const bearer = (role: Role) => ({ authorization: `Bearer ${keys.get(role)}` })

// Path parameters: a partner calls its own source; other ids need not exist (404 is fine here).
function concrete (url: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => (name === 'source' ? 'test-partner-a' : name === 'id' ? 'no-such-id-x' : `x-${name}`)).replace('*', 'index.html')
}

describe('route table', () => {
  it('every route declares who may call it', () => {
    const undeclared = app.routeAccessTable.filter((r) => r.access === undefined && !r.url.startsWith('/docs'))
    expect(undeclared).toEqual([])
    expect(app.routeAccessTable.length).toBeGreaterThan(30)
  })

  it('only the operational and documentation routes are open', () => {
    const open = app.routeAccessTable.filter((r) => r.access === 'public').map((r) => r.url)
    expect(open.filter((u) => !u.startsWith('/docs')).sort()).toEqual([...OPEN].sort())
  })
})

describe('authentication', () => {
  it('401 with WWW-Authenticate without a key', async () => {
    const res = await app.inject({ url: '/stakeholders' })
    expect(res.statusCode).toBe(401)
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it('401 for an unknown key and for a malformed header', async () => {
    expect((await app.inject({ url: '/stakeholders', headers: { authorization: 'Bearer cci_nope' } })).statusCode).toBe(401)
    expect((await app.inject({ url: '/stakeholders', headers: { authorization: `Basic ${keys.get('admin')}` } })).statusCode).toBe(401)
  })

  it('400 for a key in the query string, even a valid one', async () => {
    const res = await app.inject({ url: `/stakeholders?api_key=${keys.get('admin')}` })
    expect(res.statusCode).toBe(400)
    expect(res.json().type).toBe('urn:cci-atlas:problem:key-in-query')
  })

  it('the open routes need no key', async () => {
    for (const url of [...OPEN, '/docs/']) expect((await app.inject({ url })).statusCode, url).toBe(200)
  })

  it('stores only a hash of the key', async () => {
    const key = keys.get('reader')!
    const stored = await testDb().read((tx) => tx.run('MATCH (k:ApiKey {hash: $hash}) RETURN properties(k) AS p', { hash: hashKey(key) }))
    const props = stored.records[0]!.get('p') as Record<string, unknown>
    expect(JSON.stringify(props)).not.toContain(key)
    expect(key.length).toBeGreaterThanOrEqual(36)
  })

  it('a revoked key gets 401 on its very next request', async () => {
    const { key, record } = await createKey(testDb(), { name: 'to revoke', role: 'reader' })
    keyIds.push(record.id)
    expect((await app.inject({ url: '/countries', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200)
    const revoked = await app.inject({ method: 'DELETE', url: `/keys/${record.id}`, headers: bearer('admin') })
    expect(revoked.statusCode).toBe(200)
    expect(revoked.json().revokedAt).toBeTruthy()
    const after = await app.inject({ url: '/countries', headers: { authorization: `Bearer ${key}` } })
    expect(after.statusCode).toBe(401)
    expect(after.json().detail).toMatch(/revoked/)
  })

  it('a key revoked by another process (not through this API) is trusted for at most KEY_CACHE_SECONDS', async () => {
    const { key, record } = await createKey(testDb(), { name: 'revoked elsewhere', role: 'reader' })
    keyIds.push(record.id)
    const headers = { authorization: `Bearer ${key}` }
    expect((await app.inject({ url: '/countries', headers })).statusCode).toBe(200)
    await revokeKey(testDb(), record.id) // as `npm run keys -- revoke` or another instance would
    expect((await app.inject({ url: '/countries', headers })).statusCode).toBe(200) // still remembered (5 s)
    const uncached = await testApp({ AUTH_DISABLED: 'false', KEY_CACHE_SECONDS: '0' })
    try {
      expect((await uncached.inject({ url: '/countries', headers })).statusCode).toBe(401)
    } finally {
      await uncached.close()
    }
  })

  it('the key cache forgets after its time to live, on eviction, and never keeps revoked keys', () => {
    let now = 1000
    const cache = new KeyCache(5000, 2, () => now)
    const key = { id: 'key-aaaaaaaaaaaa', name: 'k', role: 'reader' as const, source: null, prefix: 'cci_x', createdAt: '', lastUsedAt: null, revokedAt: null }
    cache.set('h1', key)
    now += 4999
    expect(cache.get('h1')).toBe(key)
    now += 1
    expect(cache.get('h1')).toBeUndefined()
    cache.set('h1', key)
    cache.evict(key.id)
    expect(cache.get('h1')).toBeUndefined()
    cache.set('h2', { ...key, revokedAt: '2026-01-01T00:00:00Z' })
    expect(cache.get('h2')).toBeUndefined()
    cache.set('a', key); cache.set('b', { ...key, id: 'key-bbbbbbbbbbbb' }); cache.set('c', { ...key, id: 'key-cccccccccccc' })
    expect(cache.get('a')).toBeUndefined() // the oldest made room: at most 2 entries
    expect(cache.get('c')?.id).toBe('key-cccccccccccc')
  })

  it('admins create keys that work at once; the secret is shown once', async () => {
    const res = await app.inject({ method: 'POST', url: '/keys', headers: bearer('admin'), payload: { name: 'new reader', role: 'reader' } })
    expect(res.statusCode).toBe(201)
    const { key, id } = res.json()
    keyIds.push(id)
    expect((await app.inject({ url: '/countries', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200)
    const list = await app.inject({ url: '/keys', headers: bearer('admin') })
    expect(list.body).not.toContain(key)
    expect(list.json().some((k: { id: string }) => k.id === id)).toBe(true)
  })

  it('a partner key needs a source; other keys take none', async () => {
    expect((await app.inject({ method: 'POST', url: '/keys', headers: bearer('admin'), payload: { name: 'p', role: 'partner' } })).statusCode).toBe(400)
    expect((await app.inject({ method: 'POST', url: '/keys', headers: bearer('admin'), payload: { name: 'r', role: 'reader', source: 'x-src' } })).statusCode).toBe(400)
  })

  it('includeDeleted is for editors and admins', async () => {
    expect((await app.inject({ url: '/stakeholders?includeDeleted=true', headers: bearer('reader') })).statusCode).toBe(403)
    expect((await app.inject({ url: '/stakeholders?includeDeleted=true&limit=1', headers: bearer('editor') })).statusCode).toBe(200)
  })
})

describe('role matrix: every route × every role', () => {
  it('gives 403 exactly where the role may not call the route, and never 401 for a valid key', async () => {
    const failures: string[] = []
    for (const route of app.routeAccessTable) {
      if (route.access === 'public' || route.access === undefined || route.url.startsWith('/docs')) continue
      const allowed = MATRIX[route.access]!
      for (const role of ROLES) {
        const res = await app.inject({ method: route.method as 'GET', url: concrete(route.url), headers: { ...bearer(role), 'content-type': 'application/json' }, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}' })
        const denied = res.statusCode === 403 && res.json().type === 'urn:cci-atlas:problem:forbidden'
        if (res.statusCode === 401) failures.push(`${route.method} ${route.url} as ${role}: 401`)
        if (allowed.includes(role) === denied) failures.push(`${route.method} ${route.url} as ${role}: ${res.statusCode}, expected ${allowed.includes(role) ? 'allowed' : '403'}`)
      }
    }
    expect(failures).toEqual([])
  }, 60_000)
})
