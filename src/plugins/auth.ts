// API-key authentication and role-based access, deny by default: every route declares who may
// call it in config.auth (src/http/route-config.ts); a route that forgets is admin-only (and a
// test fails). Keys travel only in `Authorization: Bearer <key>`, never in the query string.
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Config } from '../config.js'
import { HttpProblem } from '../http/problem.js'
import type { Role, RouteAccess } from '../http/route-config.js'
import { KeyCache } from '../modules/keys/cache.js'
import { findKeyByHash, hashKey, touchKey, type ApiKeyRecord } from '../modules/keys/service.js'

declare module 'fastify' {
  interface FastifyRequest {
    apiKey: ApiKeyRecord | null
  }
  interface FastifyInstance {
    /** every route's declared access, as registered (undefined = forgot to declare) */
    routeAccessTable: { method: string, url: string, access: RouteAccess | undefined }[]
    /** verified keys, remembered for config.keyCacheSeconds */
    keyCache: KeyCache
  }
}

/** Which key roles may call a route of each access level. */
export const ALLOWED_ROLES: Record<Exclude<RouteAccess, 'public'>, readonly Role[]> = {
  reader: ['reader', 'analyst', 'editor', 'partner', 'admin'],
  analyst: ['analyst', 'admin'],
  editor: ['editor', 'admin'],
  partner: ['partner', 'admin'],
  admin: ['admin']
}

const QUERY_KEY_NAMES = /(?:^|[?&])(api[_-]?key|apikey|key|token|access_token|bearer)=/i
const TOUCH_INTERVAL_MS = 60_000
const DEV_KEY: ApiKeyRecord = { id: 'auth-disabled', name: 'AUTH_DISABLED (local development)', role: 'admin', source: null, prefix: '', createdAt: new Date(0).toISOString(), lastUsedAt: null, revokedAt: null }

const unauthorized = (detail: string) => new HttpProblem(401, 'unauthorized', detail, {}, { 'www-authenticate': 'Bearer realm="cci-atlas"' })

export function routeAccess (request: FastifyRequest): RouteAccess {
  return request.routeOptions.config.auth ?? 'admin'
}

/** Editors and admins may see soft-deleted records; other roles get 403 for includeDeleted=true. */
export function assertMaySeeDeleted (request: FastifyRequest): void {
  const role = request.apiKey?.role
  if (role !== 'editor' && role !== 'admin') throw new HttpProblem(403, 'forbidden', 'includeDeleted=true is for editor and admin keys')
}

export function mayCall (role: Role, access: RouteAccess): boolean {
  return access === 'public' || ALLOWED_ROLES[access].includes(role)
}

async function authPlugin (app: FastifyInstance, options: { config: Config }) {
  const { config } = options
  const lastTouched = new Map<string, number>()
  app.decorateRequest('apiKey', null)
  const table: FastifyInstance['routeAccessTable'] = []
  app.decorate('routeAccessTable', table)
  const cache = new KeyCache(config.keyCacheSeconds * 1000)
  app.decorate('keyCache', cache)

  // Swagger UI's own routes get their access here; every other route declares its own.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...(route.config ?? {}), auth: config.publicDocs ? 'public' : 'reader' }
    const access = (route.config as { auth?: RouteAccess } | undefined)?.auth
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access })
    if (access !== 'public' && route.schema !== undefined && !route.url.startsWith('/docs')) {
      route.schema = { ...route.schema, security: [{ bearerAuth: [] }] }
    }
  })

  app.addHook('onRequest', async (request) => {
    if (request.is404) return
    const access = routeAccess(request)
    if (access === 'public') return
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
    if (QUERY_KEY_NAMES.test(query)) {
      throw new HttpProblem(400, 'key-in-query', 'API keys are refused in the query string (they end up in logs and browser history); send Authorization: Bearer <key>')
    }
    if (config.authDisabled) { request.apiKey = DEV_KEY; return }
    const header = request.headers.authorization
    if (header === undefined) throw unauthorized('this route needs an API key: Authorization: Bearer <key>')
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    if (match === null) throw unauthorized('the Authorization header must be: Bearer <key>')
    const hash = hashKey(match[1]!)
    let key = cache.get(hash) ?? null
    if (key === null) {
      key = await findKeyByHash(app.db, hash)
      if (key !== null) cache.set(hash, key)
    }
    if (key === null) throw unauthorized('the API key is not known')
    if (key.revokedAt !== null) throw unauthorized('the API key has been revoked')
    if (!mayCall(key.role, access)) {
      throw new HttpProblem(403, 'forbidden', `a ${key.role} key may not call this route (it needs ${ALLOWED_ROLES[access as Exclude<RouteAccess, 'public'>].join(' or ')})`)
    }
    request.apiKey = key
    const now = Date.now()
    if ((lastTouched.get(key.id) ?? 0) + TOUCH_INTERVAL_MS < now) {
      lastTouched.set(key.id, now)
      touchKey(app.db, key.id).catch((err: unknown) => request.log.warn({ err: { message: (err as Error).message } }, 'could not record key use'))
    }
  })
}

export default fp(authPlugin, { name: 'auth', dependencies: ['neo4j'] })
