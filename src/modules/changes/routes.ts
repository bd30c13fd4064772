// The change feed: every create, update and delete in commit order, with a monotonic cursor.
import Type, { type Static } from 'typebox'
import neo4j, { type Node } from 'neo4j-driver'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Database } from '../../db/database.js'
import { propsToJson } from '../../db/convert.js'
import { problemResponses } from '../../http/schemas.js'

export const FEED_GUARANTEE = 'Changes come in commit order; `seq` increases with every committed write and the cursor ' +
  '(`nextCursor`, pass it back as `since`) survives restarts. Delivery is at least once: a client that re-reads ' +
  'from an older cursor sees changes again, so de-duplicate by (entityId, version) and apply a change only when ' +
  'its version is higher than the one you hold. A `delete` is a tombstone: the record is soft-deleted (GET with ' +
  'includeDeleted=true still shows it); links removed with a deleted node are not listed one by one.'

export const Change = Type.Object({
  seq: Type.Integer({ description: 'position in the feed' }),
  op: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
  entityId: Type.String(),
  entityType: Type.String({ description: 'the primary label, or Link' }),
  version: Type.Integer(),
  source: Type.Union([Type.String(), Type.Null()], { description: 'the partner source of a synced record' }),
  externalId: Type.Union([Type.String(), Type.Null()]),
  at: Type.String({ format: 'date-time' })
}, { title: 'Change' })

export const FeedQuery = Type.Object({
  since: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', default: '0', description: 'the nextCursor of the previous call; 0 for the start', examples: ['0'] })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 }))
}, { additionalProperties: false })

export const FeedPage = Type.Object({
  items: Type.Array(Change),
  nextCursor: Type.String({ description: 'pass as since= next time (equals since when nothing new)' }),
  hasMore: Type.Boolean()
}, { examples: [{ items: [{ seq: 42, op: 'update', entityId: 's-kh-0019', entityType: 'Stakeholder', version: 2, source: null, externalId: null, at: '2026-11-29T12:00:00.000Z' }], nextCursor: '42', hasMore: false }] })

export async function readFeed (db: Database, since: string, limit: number, source: string | null): Promise<Static<typeof FeedPage>> {
  const result = await db.readNamed('changes/list', { since: neo4j.int(since), limit: neo4j.int(limit + 1), source })
  const items = result.records.slice(0, limit).map((r) => {
    const c = propsToJson((r.get('c') as Node).properties)
    // Neo4j stores no nulls: absent source/externalId come back as null for a stable shape.
    return { ...c, source: c.source ?? null, externalId: c.externalId ?? null } as unknown as Static<typeof Change>
  })
  const last = items[items.length - 1]
  return { items, nextCursor: last === undefined ? since : String(last.seq), hasMore: result.records.length > limit }
}

const changeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/changes', {
    config: { auth: 'reader' },
    schema: {
      tags: ['sync'],
      summary: 'The change feed of the whole atlas',
      description: FEED_GUARANTEE,
      querystring: FeedQuery,
      response: { 200: FeedPage, ...problemResponses(400) }
    }
  }, async (request) => readFeed(app.db, request.query.since ?? '0', request.query.limit ?? 100, null))
}

export default changeRoutes
