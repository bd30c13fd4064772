// POST /cypher: analysts' read-only, bounded Cypher (DESIGN.md §5). The guard's layers are in
// guard.ts, the run in service.ts; this file holds the HTTP contract.
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HttpProblem } from '../../http/problem.js'
import { problemResponses } from '../../http/schemas.js'
import { ALLOWED_PROCEDURES } from './guard.js'
import { runAnalystCypher } from './service.js'

export interface CypherRouteOptions {
  /** the longest a query may run, and its default (config QUERY_TIMEOUT_MS); 10 s when not given */
  queryTimeoutMs?: number
  /** the most rows a response carries, and the default cap */
  maxRows?: number
  /** the most bytes of row JSON a response carries */
  maxBytes?: number
  /** analyst queries running at once in this process; more get 503 */
  maxConcurrent?: number
}

export const DEFAULTS = { queryTimeoutMs: 10_000, maxRows: 10_000, maxBytes: 5 * 1024 * 1024, maxConcurrent: 8, graceMs: 600 }

const requestExample = {
  query: 'MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c:Country {id: $country}) RETURN s.id AS id, s.name AS name, s.location AS location ORDER BY id LIMIT $limit',
  parameters: { country: 'KH', limit: 5 },
  maxRows: 1000
}

const responseExample = {
  columns: ['id', 'name', 'location'],
  rows: [['stk-angkor-artisans', 'Artisans Angkor', { latitude: 13.3633, longitude: 103.8564 }]],
  rowCount: 1,
  truncated: false,
  elapsedMs: 12.4,
  queryType: 'r'
}

const cypherRoutes: FastifyPluginAsyncTypebox<CypherRouteOptions> = async (app, options) => {
  const timeoutCap = options.queryTimeoutMs ?? DEFAULTS.queryTimeoutMs
  const rowCap = options.maxRows ?? DEFAULTS.maxRows
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes
  const maxConcurrent = options.maxConcurrent ?? DEFAULTS.maxConcurrent
  let running = 0

  const Body = Type.Object({
    query: Type.String({ minLength: 1, maxLength: 100_000, description: 'one read-only Cypher statement, as you would type it in Neo4j Browser' }),
    parameters: Type.Optional(Type.Object({}, {
      additionalProperties: true,
      description: 'values for the $names in the query; JSON whole numbers are sent as INTEGER'
    })),
    maxRows: Type.Optional(Type.Integer({ minimum: 1, maximum: rowCap, description: `row cap (default and maximum ${rowCap})` })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 100, maximum: timeoutCap, description: `transaction timeout in ms (default and maximum ${timeoutCap})` }))
  }, { additionalProperties: false, examples: [requestExample] })

  const Result = Type.Object({
    columns: Type.Array(Type.String(), { description: 'the RETURN columns, in order' }),
    rows: Type.Array(Type.Array(Type.Unknown()), {
      description: 'one array per record, in column order; integers, temporals (ISO 8601), points ({latitude, longitude}), nodes ({id, labels, properties}), relationships ({id, type, properties}) and paths ({nodes, relationships}) as plain JSON'
    }),
    rowCount: Type.Integer({ minimum: 0 }),
    truncated: Type.Boolean({ description: 'true when the result was cut by the row or byte cap' }),
    truncatedBy: Type.Optional(Type.Union([Type.Literal('rows'), Type.Literal('bytes')])),
    elapsedMs: Type.Number({ description: 'time spent in the API and the database, check included' }),
    queryType: Type.Literal('r', { description: 'what EXPLAIN classified the query as: only read-only queries run' })
  }, { title: 'CypherResult', examples: [responseExample] })

  app.post('/cypher', {
    config: { auth: 'analyst' },
    schema: {
      tags: ['analysis'],
      summary: 'Run a read-only Cypher query (analysts)',
      description: [
        'One read-only statement against the graph, for analysts exploring beyond the named queries. Layers, in order:',
        '(1) a single statement only (`;` may only end it) and no `USE` clause;',
        '(2) `EXPLAIN` must classify it as read-only (query type `r`);',
        '(3) its plan may not hold `LOAD CSV`, `CALL { } IN TRANSACTIONS`, administration commands, `SHOW TRANSACTIONS`/`SHOW SETTINGS`/`TERMINATE TRANSACTIONS`,',
        `or a procedure outside: ${[...ALLOWED_PROCEDURES].join(', ')};`,
        `(4) it runs in a READ transaction with a timeout (\`timeoutMs\`, at most ${timeoutCap} ms);`,
        `(5) the result is streamed and cut at \`maxRows\` (at most ${rowCap}) or ${Math.round(maxBytes / 1024 / 1024)} MB of JSON, with \`truncated: true\` and \`truncatedBy\`.`,
        'Refusals are problem+json with a `reason`: 400 for syntax errors and several statements, 403 for writes, schema and forbidden operators or procedures',
        '(e.g. `write`, `schema`, `load-csv`, `procedure:dbms.components`, `subquery-in-transactions`, `use-clause`). A query that runs out of time gets 503 `query-timeout`.',
        'Put values in `parameters`, never in the query text.'
      ].join(' '),
      body: Body,
      response: { 200: Result, ...problemResponses(400, 401, 403, 503) }
    }
  }, async (request) => {
    if (running >= maxConcurrent) {
      throw new HttpProblem(503, 'cypher-busy', `too many analyst queries are running (at most ${maxConcurrent} at once); retry shortly`, { reason: 'busy' }, { 'retry-after': '2' })
    }
    running++
    try {
      const { query, parameters, maxRows, timeoutMs } = request.body
      return await runAnalystCypher(app.db, {
        query,
        parameters: parameters as Record<string, unknown> | undefined,
        requestId: String(request.id),
        keyId: request.apiKey?.id
      }, {
        timeoutMs: timeoutMs ?? timeoutCap,
        maxRows: maxRows ?? rowCap,
        maxBytes,
        graceMs: DEFAULTS.graceMs
      })
    } finally {
      running--
    }
  })
}

export default cypherRoutes
