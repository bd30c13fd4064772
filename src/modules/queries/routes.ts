// /queries: the named analyst queries — list them, read one with its Cypher, run one. Each query
// also gets its own POST route (/queries/<name>) whose body schema and example come from its file,
// so Swagger UI shows every query ready to try.
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { toJson } from '../../db/convert.js'
import { notFound } from '../../http/problem.js'
import { problemResponses } from '../../http/schemas.js'
import type { NamedQuery } from './registry.js'
import { MAX_ROWS, runQuery } from './run.js'

const Summary = Type.Object({
  name: Type.String(),
  title: Type.String(),
  description: Type.String(),
  parameters: Type.Object({}, { additionalProperties: true, description: 'JSON Schema of each parameter' }),
  example: Type.Object({}, { additionalProperties: true }),
  notes: Type.Array(Type.String()),
  run: Type.String({ description: 'POST here with the parameters as the body' })
}, { title: 'NamedQuery' })

const Result = Type.Object({
  query: Type.String(),
  columns: Type.Array(Type.String()),
  rows: Type.Array(Type.Object({}, { additionalProperties: true })),
  rowCount: Type.Integer(),
  truncated: Type.Boolean({ description: `true when more than ${MAX_ROWS} rows matched` })
}, { title: 'QueryResult' })

function summary (q: NamedQuery) {
  return { name: q.name, title: q.title, description: q.description, parameters: q.params, example: q.example, notes: q.notes, run: `/queries/${q.name}` }
}

const queryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const example = app.queries.values().next().value as NamedQuery | undefined

  app.get('/queries', {
    config: { auth: 'reader' },
    schema: {
      tags: ['queries'],
      summary: 'List the named analyst queries',
      description: 'Each is a .cypher file in cypher/queries/ with a header declaring its parameters; adding a query is adding a file.',
      response: { 200: { ...Type.Array(Summary), examples: [example === undefined ? [] : [summary(example)]] } }
    }
  }, async () => [...app.queries.values()].map(summary))

  app.get('/queries/:name', {
    config: { auth: 'reader' },
    schema: {
      tags: ['queries'],
      summary: 'Show a named query with its Cypher',
      params: Type.Object({ name: Type.String({ pattern: '^[a-z][a-z0-9-]{1,63}$', examples: [example?.name ?? 'heritage-proximity'] }) }, { additionalProperties: false }),
      response: { 200: { ...Type.Object({ ...Summary.properties, cypher: Type.String(), file: Type.String() }), examples: [example === undefined ? {} : { ...summary(example), cypher: example.cypher, file: example.file }] }, ...problemResponses(404) }
    }
  }, async (request) => {
    const q = app.queries.get(request.params.name)
    if (q === undefined) throw notFound(`no named query ${request.params.name}; GET /queries lists them`)
    return { ...summary(q), cypher: q.cypher, file: `cypher/queries/${q.file}` }
  })

  for (const q of app.queries.values()) {
    app.post(`/queries/${q.name}`, {
      config: { auth: 'reader' },
      schema: {
        tags: ['queries'],
        summary: `Run: ${q.title}`,
        description: `${q.description}${q.notes.length > 0 ? `\n\nNotes: ${q.notes.join(' ')}` : ''}\n\nThe Cypher: GET /queries/${q.name}.`,
        body: { ...q.schema, examples: [q.example] },
        response: { 200: { ...Result, examples: [{ query: q.name, columns: ['…'], rows: [], rowCount: 0, truncated: false }] }, ...problemResponses(400, 503) }
      }
    }, async (request) => {
      const records = await runQuery(app.db, app.queries, q.name, (request.body ?? {}) as Record<string, unknown>)
      const columns = records[0]?.keys.map(String) ?? []
      return {
        query: q.name,
        columns,
        rows: records.map((r) => Object.fromEntries(columns.map((c) => [c, toJson(r.get(c))]))),
        rowCount: records.length,
        truncated: records.length >= MAX_ROWS
      }
    })
  }
}

export default queryRoutes
