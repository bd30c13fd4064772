// /links: create a link (validated against the model's triple table), find links, delete one.
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { REL_TYPES, literalUnion } from '../../domain/model.js'
import { Cursor, Id, Limit, Page, problemResponses } from '../../http/schemas.js'
import { LinkSchema } from './schemas.js'
import { recordChanges } from '../changes/record.js'
import { createLinks, validateLinks } from './service.js'
import { deleteLink, getLink, listLinks } from './queries.js'

const CreateLink = Type.Object({
  from: Id,
  type: literalUnion(REL_TYPES, { description: 'relationship type; see docs/data-model.md for the allowed (from, type, to) triples' }),
  to: Id,
  properties: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'what the type takes, e.g. SUPPLIES {stage, productId, since}, ACTIVE_AT {role}, INVESTS_IN {amountUsd, year, green}' }))
}, { additionalProperties: false, examples: [{ from: 'KH-17', type: 'IN', to: 'KH' }] })

const linkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/links', {
    config: { auth: 'editor' },
    schema: {
      tags: ['links'],
      summary: 'Create a link between two nodes',
      description: 'Both nodes must exist (404 names the missing one); the (from label, type, to label) triple must be allowed (422 lists the allowed ones); properties are checked per type (400). An identical link is a 409.',
      body: { ...CreateLink, examples: [{ from: 'ucc-battambang', type: 'LOCATED_IN', to: 'KH' }] },
      response: { 201: { ...LinkSchema, examples: [{ id: 'lnk-3kfP0aZ9', type: 'LOCATED_IN', from: 'ucc-battambang', to: 'KH', properties: {}, createdAt: '2026-11-29T12:00:00.000Z', updatedAt: '2026-11-29T12:00:00.000Z', version: 1 }] }, ...problemResponses(400, 404, 409, 422) }
    }
  }, async (request, reply) => {
    const link = { from: request.body.from, type: request.body.type as string, to: request.body.to, properties: request.body.properties as Record<string, unknown> | undefined }
    const [created] = await app.db.write(async (tx) => {
      await validateLinks(tx, [link])
      const made = await createLinks(tx, [link])
      await recordChanges(tx, made.map((l) => ({ op: 'create' as const, id: l.id, type: 'Link', version: 1 })))
      return made
    })
    reply.code(201).header('location', `/links/${created!.id}`)
    return created
  })

  app.get('/links', {
    config: { auth: 'reader' },
    schema: {
      tags: ['links'],
      summary: 'Find links by either end and/or type',
      description: 'At least one of from, to, type. Ordered by link id, cursor-paginated.',
      querystring: Type.Object({
        from: Type.Optional(Id),
        to: Type.Optional({ ...Id, examples: ['KH'] }),
        type: Type.Optional(literalUnion(REL_TYPES)),
        limit: Type.Optional(Limit),
        cursor: Type.Optional(Cursor)
      }, { additionalProperties: false, examples: [{ to: 'KH' }] }),
      response: { 200: { ...Page(LinkSchema, 'link'), examples: [{ items: [], nextCursor: null }] }, ...problemResponses(400) }
    }
  }, async (request) => {
    const { limit, cursor, ...filter } = request.query
    return listLinks(app.db, filter as { from?: string, to?: string, type?: string }, limit ?? 50, cursor)
  })

  app.get('/links/:id', {
    config: { auth: 'reader' },
    schema: {
      tags: ['links'],
      summary: 'Get a link',
      params: Type.Object({ id: Id }, { additionalProperties: false }),
      response: { 200: { ...LinkSchema, examples: [{ id: 'lnk-3kfP0aZ9', type: 'IN', from: 'KH-17', to: 'KH', properties: {}, createdAt: '2026-11-29T12:00:00.000Z', updatedAt: '2026-11-29T12:00:00.000Z', version: 1 }] }, ...problemResponses(404) }
    }
  }, async (request) => getLink(app.db, request.params.id))

  app.delete('/links/:id', {
    config: { auth: 'editor' },
    schema: {
      tags: ['links'],
      summary: 'Delete a link',
      description: 'Links are deleted for good (no soft delete).',
      params: Type.Object({ id: Id }, { additionalProperties: false }),
      response: { 204: Type.Null({ description: 'deleted' }), ...problemResponses(404) }
    }
  }, async (request, reply) => {
    await deleteLink(app.db, request.params.id)
    return reply.code(204).send(null)
  })
}

export default linkRoutes
