// Liveness (/health: the process answers, no database call) and readiness (/ready: Neo4j answers).
import Type from 'typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sendProblem } from '../../plugins/errors.js'
import { API_VERSION } from '../../plugins/swagger.js'

const Health = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  uptimeSeconds: Type.Number()
}, { examples: [{ status: 'ok', version: API_VERSION, uptimeSeconds: 42.1 }] })

const Ready = Type.Object({
  status: Type.Literal('ready'),
  database: Type.String(),
  latencyMs: Type.Number()
}, { examples: [{ status: 'ready', database: 'neo4j', latencyMs: 1.7 }] })

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/health', {
    config: { auth: 'public' },
    schema: {
      tags: ['operations'],
      summary: 'Liveness: the process is up',
      description: 'Answers without touching the database; use /ready to know whether requests can be served.',
      response: { 200: Health }
    }
  }, async () => ({ status: 'ok' as const, version: API_VERSION, uptimeSeconds: Math.round(process.uptime() * 10) / 10 }))

  app.get('/ready', {
    config: { auth: 'public' },
    schema: {
      tags: ['operations'],
      summary: 'Readiness: Neo4j answers',
      description: '200 while the database answers a query; 503 problem+json (with Retry-After) while it is unreachable. ' +
        'The API reconnects by itself when the database returns.',
      response: { 200: Ready, 503: { $ref: 'Problem#' } }
    }
  }, async (request, reply) => {
    const started = performance.now()
    try {
      await app.db.ping()
    } catch (err) {
      request.log.warn({ err: { message: (err as Error).message } }, 'readiness check failed')
      return sendProblem(request, reply, 503, 'database-unavailable', 'Neo4j is not reachable', {}, { 'retry-after': '5' })
    }
    return { status: 'ready' as const, database: app.db.name, latencyMs: Math.round((performance.now() - started) * 10) / 10 }
  })
}

export default healthRoutes
