// Requests per minute per API key (per client address for anonymous calls); 429 problem+json with
// Retry-After. The counters live in this process: behind a load balancer each instance counts its
// own share (a shared store such as Redis is the next step when that matters).
import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import { HttpProblem } from '../http/problem.js'

async function rateLimitPlugin (app: FastifyInstance, options: { config: Config }) {
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler', // after authentication, so the key is known
    max: options.config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => (request.apiKey !== null ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
    allowList: (request) => request.routeOptions.config.auth === 'public',
    errorResponseBuilder: (_request, context) => new HttpProblem(429, 'rate-limited',
      `at most ${context.max} requests per minute for this key; retry in ${Math.ceil(context.ttl / 1000)} s`, {}, { 'retry-after': String(Math.ceil(context.ttl / 1000)) })
  })
}

export default fp(rateLimitPlugin, { name: 'rate-limit', dependencies: ['auth'] })
