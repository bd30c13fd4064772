// Loads the named queries (cypher/queries/*.cypher, or QUERIES_DIR) once at start and decorates the
// app with them; a malformed file stops the start with its name and the problem.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { loadQueries, type NamedQuery } from '../modules/queries/registry.js'

declare module 'fastify' {
  interface FastifyInstance {
    queries: Map<string, NamedQuery>
  }
}

async function queriesPlugin (app: FastifyInstance, options: { dir: string }) {
  app.decorate('queries', loadQueries(options.dir))
}

export default fp(queriesPlugin, { name: 'queries' })
