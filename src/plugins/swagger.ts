// OpenAPI 3.1 generated from the route schemas, served at /openapi.json, with Swagger UI at /docs.
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import { ProblemSchema } from '../http/problem.js'

export const API_VERSION = '0.1.0'

export const tags = [
  { name: 'stakeholders', description: 'Actors of the ecosystem, one kind each' },
  { name: 'destinations', description: 'Heritage sites, creative cities and other places visitors go' },
  { name: 'regulations', description: 'National laws and policies, regional frameworks' },
  { name: 'products', description: 'Cultural and creative goods and services' },
  { name: 'initiatives', description: 'Programmes and projects' },
  { name: 'taxonomy', description: 'Sectors (UNESCO FCS 2009) and culture-cycle stages' },
  { name: 'geography', description: 'Countries and provinces' },
  { name: 'recommendations', description: "The policy brief's 12 recommendations" },
  { name: 'links', description: 'Relationships between nodes, checked against the model' },
  { name: 'analysis', description: 'Graph questions: proximity, paths, networks, value chains' },
  { name: 'gaps', description: 'Gap analysis against the brief\'s 12 recommendations, with evidence, actions and reports' },
  { name: 'queries', description: 'Named analyst queries, each a .cypher file' },
  { name: 'sync', description: 'Bulk upserts by partner ids, deletes, and the change feed' },
  { name: 'access', description: 'API keys (admin)' },
  { name: 'operations', description: 'Health, readiness and the API description' }
]

async function swaggerPlugin (app: FastifyInstance, options: { config: Config }) {
  app.addSchema(ProblemSchema)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CCI Atlas API',
        version: API_VERSION,
        description: 'The cultural and creative industries (CCI) and smart-tourism ecosystem of the Mekong countries ' +
          '(Cambodia, Lao PDR, Myanmar, Thailand, Viet Nam) as a graph: stakeholders, value chains, regulations, ' +
          'destinations and heritage sites, the product taxonomy, and a gap analysis against the 12 recommendations ' +
          'of the policy brief on smart tourism and creative industries. Errors are RFC 9457 application/problem+json.',
        license: { name: 'MIT', identifier: 'MIT' }
      },
      servers: [{ url: options.config.publicUrl, description: 'this server' }],
      tags,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'API key: Authorization: Bearer <key>' }
        }
      }
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`)
    }
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, persistAuthorization: true, displayRequestDuration: true },
    staticCSP: true
  })
  app.get('/openapi.json', {
    config: { auth: options.config.publicDocs ? 'public' : 'reader' },
    schema: { hide: true }
  }, async () => app.swagger())
}

export default fp(swaggerPlugin, { name: 'swagger' })
