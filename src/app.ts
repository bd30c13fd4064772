// Builds the CCI Atlas Fastify app as a plugin tree; never listens (src/server.ts does).
import { randomUUID } from 'node:crypto'
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Driver } from 'neo4j-driver'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.js'
import './http/route-config.js'
import { validatorCompiler } from './http/validation.js'
import errorsPlugin from './plugins/errors.js'
import neo4jPlugin from './plugins/neo4j.js'
import swaggerPlugin from './plugins/swagger.js'
import authPlugin from './plugins/auth.js'
import rateLimitPlugin from './plugins/rate-limit.js'
import securityHeaders from './plugins/security-headers.js'
import metricsPlugin from './plugins/metrics.js'
import healthRoutes from './modules/health/routes.js'
import resourceRoutes from './modules/resources/routes.js'
import linkRoutes from './modules/links/routes.js'
import keyRoutes from './modules/keys/routes.js'
import syncRoutes from './modules/sync/routes.js'
import changeRoutes from './modules/changes/routes.js'
import queriesPlugin from './plugins/queries.js'
import queryRoutes from './modules/queries/routes.js'
import analysisRoutes from './modules/analysis/routes.js'
import cypherRoutes from './modules/cypher/routes.js'
import gapsPlugin from './plugins/gaps.js'
import structureRoutes from './modules/structure/routes.js'
import gapRoutes from './modules/gaps/routes.js'

export interface AppOptions {
  config: Config
  /** lend an existing driver (tests); otherwise the app creates and closes its own */
  driver?: Driver
  logger?: FastifyServerOptions['logger']
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/

export function loggerOptions (config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' }
  }
}

export async function buildApp (options: AppOptions): Promise<FastifyInstance> {
  const { config } = options
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    // A caller's X-Request-Id is kept when it is sane, so logs can be joined across systems.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    // Probes poll often: their successful calls are not worth a log line each.
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: (req) => req.url === '/health' || req.url === '/ready'
    }),
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 }
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)

  app.addHook('onRequest', async (request, reply) => { reply.header('x-request-id', request.id) })

  await app.register(errorsPlugin)
  await app.register(securityHeaders)
  await app.register(neo4jPlugin, { config, driver: options.driver })
  await app.register(authPlugin, { config })
  await app.register(rateLimitPlugin, { config })
  await app.register(swaggerPlugin, { config })

  await app.register(healthRoutes)
  await app.register(metricsPlugin)
  await app.register(resourceRoutes)
  await app.register(linkRoutes)
  await app.register(keyRoutes)
  await app.register(syncRoutes, config.sync)
  await app.register(changeRoutes)
  await app.register(queriesPlugin, { dir: config.queriesDir })
  await app.register(queryRoutes)
  await app.register(analysisRoutes)
  await app.register(structureRoutes, {
    database: { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs },
    queriesDir: config.queriesDir
  })
  await app.register(cypherRoutes, { queryTimeoutMs: config.queryTimeoutMs, ...config.cypher })
  await app.register(gapsPlugin, { indicatorsDir: config.indicatorsDir, suggestionsDir: config.suggestionsDir })
  await app.register(gapRoutes)

  return app
}
