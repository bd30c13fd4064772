// /sync/{source}/...: bulk upserts for integration partners, keyed by their own ids, as a JSON
// array or NDJSON; deletes (tombstones); a record by its partner key; the partner's change feed.
// A partner key works only for its own source; admins may act for any source.
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify'
import type { Node } from 'neo4j-driver'
import { literalUnion } from '../../domain/model.js'
import { HttpProblem, badRequest, notFound } from '../../http/problem.js'
import { problemResponses } from '../../http/schemas.js'
import { validatorCompiler } from '../../http/validation.js'
import { presentNode } from '../resources/present.js'
import { FEED_GUARANTEE, FeedPage, FeedQuery, readFeed } from '../changes/routes.js'
import { SOURCE_PATTERN } from '../keys/routes.js'
import { requestHash, withIdempotency } from './idempotency.js'
import { ExternalId, LinkRecord, MAX_BATCH, RECORD_EXAMPLES, REF_FIELDS, SYNCABLE_KINDS, nodeDef, recordSchema, type SyncableKind } from './records.js'
import { syncBatch, tombstone, type SyncMode } from './service.js'

export interface SyncOptions { idempotencyTtlSeconds: number, concurrencyPerSource: number, bodyLimitBytes: number }

const Source = Type.String({ pattern: SOURCE_PATTERN, description: "the partner's source id (a partner key works only for its own)", examples: ['tourism-board-kh'] })

const Report = Type.Object({
  source: Type.String(),
  kind: Type.String(),
  mode: Type.String(),
  dryRun: Type.Boolean(),
  received: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  failed: Type.Integer(),
  records: Type.Array(Type.Object({ index: Type.Integer(), externalId: Type.Union([Type.String(), Type.Null()]), id: Type.String(), status: Type.String(), version: Type.Union([Type.Integer(), Type.Null()]) })),
  errors: Type.Array(Type.Object({ index: Type.Integer(), externalId: Type.Union([Type.String(), Type.Null()]), errors: Type.Array(Type.Object({ in: Type.Optional(Type.String()), pointer: Type.String(), message: Type.String() })) }))
}, { title: 'SyncReport' })

/** The body is checked for shape here (an array, at most MAX_BATCH); records are checked one by one by the service. */
const batchValidator: FastifySchemaCompiler<object> = (route) => {
  if (route.httpPart !== 'body') return validatorCompiler(route)
  return (value: unknown) => (Array.isArray(value) ? { value } : { error: Object.assign(new Error('the body must be a JSON array of records (or NDJSON: one record per line)'), { statusCode: 400 }) })
}

/** Which links a record of this kind manages, or for links: which ones are refused as link records. */
function managedNote (kind: SyncableKind): string {
  if (kind === 'links') {
    return 'Ends by `{externalId}` (this source), `{source, externalId}` or atlas `{id}`; the type must join the ends as the model allows. ' +
      'A link a synced record manages through its fields (e.g. LOCATED_IN of a synced stakeholder, APPLIES_TO or COVERS of a synced regulation) is refused here: send it in the record.'
  }
  const refs = REF_FIELDS[kind]
  if (refs.length === 0) return 'Its links (e.g. RUNS, SUPPORTS, ADDRESSES) are link records: POST /sync/{source}/links.'
  return `The reference fields ${refs.map((r) => `\`${r.field}\` (${r.type})`).join(', ')} become the links the record manages, replaced when it changes; other links are link records (POST /sync/{source}/links).`
}

function assertSource (request: FastifyRequest, source: string) {
  const key = request.apiKey
  if (key?.role === 'partner' && key.source !== source) {
    throw new HttpProblem(403, 'forbidden', `this key is for source ${key.source}; it may not read or write source ${source}`)
  }
}

const syncRoutes: FastifyPluginAsyncTypebox<SyncOptions> = async (app, options) => {
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string', bodyLimit: options.bodyLimitBytes }, (_request, body, done) => {
    const records: unknown[] = []
    const lines = String(body).split('\n')
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim()
      if (line === '') continue
      try {
        records.push(JSON.parse(line))
      } catch {
        done(Object.assign(new Error(`line ${i + 1} is not valid JSON`), { statusCode: 400 }), undefined)
        return
      }
    }
    done(null, records)
  })

  const running = new Map<string, number>()

  for (const kind of SYNCABLE_KINDS) {
    const Item = kind === 'links' ? LinkRecord : recordSchema(kind)
    app.post(`/sync/:source/${kind}`, {
      config: { auth: 'partner' },
      bodyLimit: options.bodyLimitBytes,
      validatorCompiler: batchValidator,
      schema: {
        tags: ['sync'],
        summary: `Upsert ${kind} by the partner's own ids`,
        description: `Up to ${MAX_BATCH} records per request, as a JSON array or NDJSON (Content-Type: application/x-ndjson), ` +
          'keyed by (source, externalId): a record creates or updates, and an unchanged record bumps no version. ' +
          '`mode=atomic` (default): any invalid record fails the whole batch (400 with a per-record error list) and nothing is written; ' +
          '`mode=partial`: valid records are written and invalid ones reported. `dryRun=true` reports what would change without writing. ' +
          'Send an `Idempotency-Key` header to make retries safe: the same key and payload replay the stored response. ' + managedNote(kind),
        params: Type.Object({ source: Source }, { additionalProperties: false }),
        querystring: Type.Object({
          mode: Type.Optional(literalUnion(['atomic', 'partial'] as const, { description: 'default atomic' })),
          dryRun: Type.Optional(Type.Boolean({ description: 'validate and report, write nothing' }))
        }, { additionalProperties: false }),
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }),
        body: Type.Array(Item, { maxItems: MAX_BATCH, examples: [RECORD_EXAMPLES[kind]] }),
        response: { 200: { ...Report, examples: [{ source: 'tourism-board-kh', kind, mode: 'atomic', dryRun: false, received: 1, created: 1, updated: 0, unchanged: 0, failed: 0, records: [{ index: 0, externalId: 'TB-KH-00017', id: 'stk-Qm9yZXN0IG9mIGlkcw', status: 'created', version: 1 }], errors: [] }] }, ...problemResponses(400, 401, 403, 409, 413, 422, 429) }
      }
    }, async (request, reply) => {
      const { source } = request.params
      assertSource(request, source)
      const records = request.body as unknown[]
      if (records.length === 0) throw badRequest('the batch is empty')
      if (records.length > MAX_BATCH) throw badRequest(`at most ${MAX_BATCH} records per request; this one has ${records.length}`)
      const mode = (request.query.mode ?? 'atomic') as SyncMode
      const dryRun = request.query.dryRun ?? false

      const inFlight = running.get(source) ?? 0
      if (inFlight >= options.concurrencyPerSource) {
        throw new HttpProblem(429, 'sync-concurrency', `source ${source} already has ${inFlight} sync requests running; send batches one after another`, {}, { 'retry-after': '1' })
      }
      running.set(source, inFlight + 1)
      try {
        const run = async () => ({ status: 200, body: await syncBatch(app.db, kind, source, records, { mode, dryRun }) })
        const idempotencyKey = request.headers['idempotency-key']
        if (idempotencyKey === undefined || dryRun) return (await run()).body
        const result = await withIdempotency(app.db, {
          apiKeyId: request.apiKey?.id ?? 'anonymous',
          key: idempotencyKey,
          requestHash: requestHash('POST', request.url, records),
          ttlSeconds: options.idempotencyTtlSeconds
        }, run)
        if (result.replayed) reply.header('idempotency-replayed', 'true')
        return reply.code(result.status as 200).send(result.body as never)
      } finally {
        const left = (running.get(source) ?? 1) - 1
        if (left <= 0) running.delete(source)
        else running.set(source, left)
      }
    })

    if (kind === 'links') continue
    const def = nodeDef(kind)
    const exampleId = (RECORD_EXAMPLES[kind][0] as { externalId: string }).externalId
    const RecordParams = Type.Object({ source: Source, externalId: { ...ExternalId, examples: [exampleId] } }, { additionalProperties: false })

    app.get(`/sync/:source/${kind}/:externalId`, {
      config: { auth: 'partner' },
      schema: {
        tags: ['sync'],
        summary: `A synced ${def.singular} by the partner's id`,
        params: RecordParams,
        response: { 200: { type: 'object', additionalProperties: true, examples: [{ id: 'stk-Qm9yZXN0IG9mIGlkcw', externalId: 'TB-KH-00017', source: 'tourism-board-kh', version: 1 }] }, ...problemResponses(403, 404) }
      }
    }, async (request) => {
      assertSource(request, request.params.source)
      const result = await app.db.readNamed('sync/find-record', { source: request.params.source, externalId: request.params.externalId, label: def.label })
      const node = result.records[0]?.get('n') as Node | undefined
      if (node === undefined) throw notFound(`source ${request.params.source} has no ${def.singular} ${request.params.externalId}`)
      return presentNode(node)
    })

    app.delete(`/sync/:source/${kind}/:externalId`, {
      config: { auth: 'partner' },
      schema: {
        tags: ['sync'],
        summary: `Delete a synced ${def.singular} (tombstone)`,
        description: 'Soft delete: the record leaves lists and queries and appears as a delete in the change feed. Syncing it again brings it back.',
        params: RecordParams,
        response: { 200: { ...Type.Object({ id: Type.String(), version: Type.Integer() }), examples: [{ id: 'stk-Qm9yZXN0IG9mIGlkcw', version: 2 }] }, ...problemResponses(403, 404) }
      }
    }, async (request) => {
      assertSource(request, request.params.source)
      return tombstone(app.db, kind, request.params.source, request.params.externalId)
    })
  }

  app.get('/sync/:source/changes', {
    config: { auth: 'partner' },
    schema: {
      tags: ['sync'],
      summary: "The change feed of one partner source's records",
      description: FEED_GUARANTEE,
      params: Type.Object({ source: Source }, { additionalProperties: false }),
      querystring: FeedQuery,
      response: { 200: FeedPage, ...problemResponses(400, 403) }
    }
  }, async (request) => {
    assertSource(request, request.params.source)
    return readFeed(app.db, request.query.since ?? '0', request.query.limit ?? 100, request.params.source)
  })
}

export default syncRoutes
