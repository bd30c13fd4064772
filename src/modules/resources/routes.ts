// CRUD routes for every resource of the table (definitions.ts): list, get, create, replace,
// patch, delete, and the links of one node.
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { REL_TYPES, literalUnion } from '../../domain/model.js'
import { Cursor, IdParams, IfMatchHeaders, Limit, Page, problemResponses } from '../../http/schemas.js'
import { listLinksOfNode } from '../links/queries.js'
import { assertMaySeeDeleted } from '../../plugins/auth.js'
import { LinkSchema } from '../links/schemas.js'
import { TABLE_FORMATS, columnsOf, formatParam, formatResponse, negotiate, sendTable } from '../../http/formats/index.js'
import { createBody, itemSchema, listQuery, patchBody, putBody } from './schemas.js'
import { RESOURCES, type ResourceDef } from './definitions.js'
import { createResource, deleteResource, etag, getResource, listResource, updateResource, type ListQuery } from './service.js'

const resourceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const def of RESOURCES) registerResource(app, def)
}

function paramsWithExample (def: ResourceDef) {
  return Type.Object({ id: Type.String({ ...IdParams.properties.id, examples: [def.example.id] }) }, { additionalProperties: false })
}

type App = Parameters<FastifyPluginAsyncTypebox>[0]

function registerResource (app: App, def: ResourceDef) {
  const Item = itemSchema(def)
  const ItemWithContext = itemSchema(def, true)
  const Params = paramsWithExample(def)
  const base = `/${def.path}`
  const tags = [def.tag]

  app.get(base, {
    config: { auth: 'reader' },
    schema: {
      tags,
      summary: `List ${def.path}`,
      description: `${def.description}\n\nCursor-paginated (\`limit\`, \`cursor\` → \`{items, nextCursor}\`) in a stable order.`,
      querystring: Type.Object({ ...listQuery(def).properties, format: Type.Optional(formatParam(TABLE_FORMATS)) }, { additionalProperties: false }),
      response: { 200: formatResponse({ ...Page(Item, def.singular), examples: [{ items: [{ id: def.example.id }], nextCursor: null }] }, TABLE_FORMATS, `a page of ${def.path} (JSON; CSV or GeoJSON give the same page, the next cursor in the X-Next-Cursor header)`), ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    const { format: _format, ...query } = request.query as unknown as ListQuery & { format?: string }
    if (query.includeDeleted === true) assertMaySeeDeleted(request)
    const format = negotiate(request, TABLE_FORMATS)
    const page = await listResource(app.db, def, query as ListQuery)
    if (format === 'json') return page
    if (page.nextCursor !== null) reply.header('x-next-cursor', page.nextCursor)
    const rows: Record<string, unknown>[] = page.items.map((item) => ({ ...item, tags: Array.isArray(item.tags) ? (item.tags as string[]).join(';') : item.tags, kinds: Array.isArray(item.kinds) ? (item.kinds as string[]).join(';') : item.kinds, topics: Array.isArray(item.topics) ? (item.topics as string[]).join(';') : item.topics }))
    const columns = columnsOf(rows).filter((c) => c !== 'location').concat(rows.some((r) => r.location !== undefined) ? ['location.latitude', 'location.longitude'] : [])
    return sendTable(reply, columns, rows, format, { filename: def.path })
  })

  app.get(`${base}/:id`, {
    config: { auth: 'reader' },
    schema: {
      tags,
      summary: `Get a ${def.singular} with its context`,
      description: 'Returns the node, where it is, its sectors and stages, and counts of its links. The ETag header is its version.',
      params: Params,
      querystring: Type.Object(def.mode === 'soft' ? { includeDeleted: Type.Optional(Type.Boolean()) } : {}, { additionalProperties: false }),
      response: { 200: { ...ItemWithContext, examples: [{ id: def.example.id, version: 1 }] }, ...problemResponses(404) }
    }
  }, async (request, reply) => {
    const includeDeleted = (request.query as { includeDeleted?: boolean }).includeDeleted ?? false
    if (includeDeleted) assertMaySeeDeleted(request)
    const item = await getResource(app.db, def, request.params.id, includeDeleted)
    reply.header('etag', etag(item.version))
    return item
  })

  app.get(`${base}/:id/links`, {
    config: { auth: 'reader' },
    schema: {
      tags,
      summary: `Links of a ${def.singular}`,
      description: 'Its links in either or both directions, optionally of one type, with the node at the other end.',
      params: Params,
      querystring: Type.Object({
        direction: Type.Optional(literalUnion(['out', 'in', 'both'] as const, { description: 'default both' })),
        type: Type.Optional(literalUnion(REL_TYPES)),
        limit: Type.Optional(Limit),
        cursor: Type.Optional(Cursor)
      }, { additionalProperties: false }),
      response: {
        200: {
          ...Page(Type.Object({ ...LinkSchema.properties, other: Type.Object({ id: Type.String(), labels: Type.Array(Type.String()), name: Type.Union([Type.String(), Type.Null()]) }) }), `${def.singular}Link`),
          examples: [{ items: [], nextCursor: null }]
        },
        ...problemResponses(400, 404)
      }
    }
  }, async (request) => {
    await getResource(app.db, def, request.params.id)
    const q = request.query as { direction?: 'out' | 'in' | 'both', type?: string, limit?: number, cursor?: string }
    return listLinksOfNode(app.db, request.params.id, q.direction ?? 'both', q.type, q.limit ?? 50, q.cursor)
  })

  if (def.mode === 'read-only') return

  app.post(base, {
    config: { auth: 'editor' },
    schema: {
      tags,
      summary: `Create a ${def.singular}`,
      description: `Creates the node and, in the same transaction, the links listed in \`links\`: all or nothing. ${def.idRequired ? 'The id is required.' : 'The id is optional (generated when absent).'} Unknown properties are refused (400).`,
      body: createBody(def),
      response: { 201: { ...Item, examples: [{ id: def.example.id, version: 1 }] }, ...problemResponses(400, 404, 409, 422) }
    }
  }, async (request, reply) => {
    const item = await createResource(app.db, def, request.body as Record<string, unknown>)
    reply.code(201).header('etag', etag(item.version)).header('location', `${base}/${encodeURIComponent(String(item.id))}`)
    return item
  })

  app.put(`${base}/:id`, {
    config: { auth: 'editor' },
    schema: {
      tags,
      summary: `Replace a ${def.singular}`,
      description: 'Replaces every editable field (absent optional fields are removed). Honours If-Match (412 when the version changed).',
      params: Params,
      headers: IfMatchHeaders,
      body: putBody(def),
      response: { 200: { ...Item, examples: [{ id: def.example.id, version: 2 }] }, ...problemResponses(400, 404, 412) }
    }
  }, async (request, reply) => {
    const item = await updateResource(app.db, def, request.params.id, request.body as Record<string, unknown>, 'put', request.headers['if-match'])
    reply.header('etag', etag(item.version))
    return item
  })

  app.patch(`${base}/:id`, {
    config: { auth: 'editor' },
    schema: {
      tags,
      summary: `Change some fields of a ${def.singular}`,
      description: 'JSON merge patch: given fields replace, null removes an optional field. Honours If-Match (412 when the version changed).',
      params: Params,
      headers: IfMatchHeaders,
      body: patchBody(def),
      response: { 200: { ...Item, examples: [{ id: def.example.id, version: 2 }] }, ...problemResponses(400, 404, 412) }
    }
  }, async (request, reply) => {
    const item = await updateResource(app.db, def, request.params.id, request.body as Record<string, unknown>, 'patch', request.headers['if-match'])
    reply.header('etag', etag(item.version))
    return item
  })

  app.delete(`${base}/:id`, {
    config: { auth: 'editor' },
    schema: {
      tags,
      summary: `Delete a ${def.singular}`,
      description: def.mode === 'soft'
        ? 'Soft delete: the record gets deletedAt and disappears from lists and queries (includeDeleted=true shows it). Honours If-Match.'
        : 'Hard delete, refused (409) while other records link to it (its own outgoing links go with it). Honours If-Match.',
      params: Params,
      headers: IfMatchHeaders,
      response: { 204: Type.Null({ description: 'deleted' }), ...problemResponses(404, 409, 412) }
    }
  }, async (request, reply) => {
    await deleteResource(app.db, def, request.params.id, request.headers['if-match'])
    return reply.code(204).send(null)
  })
}

export default resourceRoutes
