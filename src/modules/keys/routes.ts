// /keys: admins create (the secret is shown once), list and revoke API keys.
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ROLES, type Role } from '../../http/route-config.js'
import { literalUnion } from '../../domain/model.js'
import { badRequest } from '../../http/problem.js'
import { problemResponses } from '../../http/schemas.js'
import { createKey, listKeys, revokeKey } from './service.js'

export const SOURCE_PATTERN = '^[a-z0-9][a-z0-9._-]{1,63}$'

const KeyRecord = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: literalUnion(ROLES),
  source: Type.Union([Type.String(), Type.Null()]),
  prefix: Type.String({ description: 'the first characters of the key, to recognise it' }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()])
}, { title: 'ApiKey' })

const example = { id: 'key-3f9a1c2b7d4e', name: 'tourism board KH', role: 'partner', source: 'tourism-board-kh', prefix: 'cci_Xb41aQ', createdAt: '2026-11-29T12:00:00.000Z', lastUsedAt: null, revokedAt: null }

const keyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/keys', {
    config: { auth: 'admin' },
    schema: {
      tags: ['access'],
      summary: 'Create an API key (shown once)',
      description: 'The response carries the key itself, once: only its hash is stored. A partner key needs the `source` its sync calls are confined to.',
      body: Type.Object({
        name: Type.String({ minLength: 1, maxLength: 200 }),
        role: literalUnion(ROLES),
        source: Type.Optional(Type.String({ pattern: SOURCE_PATTERN, description: 'partner keys only: their source id' }))
      }, { additionalProperties: false, examples: [{ name: 'tourism board KH', role: 'partner', source: 'tourism-board-kh' }] }),
      response: { 201: { ...Type.Object({ key: Type.String(), ...KeyRecord.properties }), examples: [{ key: 'cci_Xb41aQ…', ...example }] }, ...problemResponses(400, 401, 403) }
    }
  }, async (request, reply) => {
    const { name, role, source } = request.body
    if (role === 'partner' && source === undefined) throw badRequest('a partner key needs a source')
    if (role !== 'partner' && source !== undefined) throw badRequest('only partner keys take a source')
    const { key, record } = await createKey(app.db, { name, role: role as Role, source })
    reply.code(201)
    return { key, ...record }
  })

  app.get('/keys', {
    config: { auth: 'admin' },
    schema: {
      tags: ['access'],
      summary: 'List API keys',
      response: { 200: { ...Type.Array(KeyRecord), examples: [[example]] }, ...problemResponses(401, 403) }
    }
  }, async () => listKeys(app.db))

  app.delete('/keys/:id', {
    config: { auth: 'admin' },
    schema: {
      tags: ['access'],
      summary: 'Revoke an API key (effective immediately)',
      params: Type.Object({ id: Type.String({ pattern: '^key-[0-9a-f]{12}$', examples: ['key-3f9a1c2b7d4e'] }) }, { additionalProperties: false }),
      response: { 200: { ...KeyRecord, examples: [{ ...example, revokedAt: '2026-11-30T08:00:00.000Z' }] }, ...problemResponses(401, 403, 404) }
    }
  }, async (request) => {
    const revoked = await revokeKey(app.db, request.params.id)
    app.keyCache.evict(revoked.id)
    return revoked
  })
}

export default keyRoutes
