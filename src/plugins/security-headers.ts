// Conservative response headers for a JSON API (Swagger UI sets its own CSP on /docs).
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

async function securityHeaders (app: FastifyInstance) {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'no-referrer')
    if (!request.url.startsWith('/docs')) {
      reply.header('x-frame-options', 'DENY')
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
    }
  })
}

export default fp(securityHeaders, { name: 'security-headers' })
