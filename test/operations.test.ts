// The app shell: liveness, readiness, docs, request ids and the problem+json error contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { closeTestDriver, testApp } from './helpers/app.js'
import { problem } from './helpers/assert.js'

let app: FastifyInstance

beforeAll(async () => {
  app = await testApp({ BODY_LIMIT_BYTES: '2048' }, (a) => {
    // A probe route with a strict body schema, to exercise the shared error handler.
    a.post('/__probe', {
      config: { auth: 'public' },
      schema: {
        hide: true,
        body: Type.Object({
          name: Type.String({ minLength: 1 }),
          kind: Type.Enum(['a', 'b']),
          count: Type.Optional(Type.Integer({ minimum: 0 }))
        }, { additionalProperties: false })
      }
    }, async (request) => ({ received: request.body }))
    a.get('/__boom', { config: { auth: 'public' }, schema: { hide: true } }, async () => {
      throw new Error('MATCH (n) secret internals at line 42')
    })
  })
})

afterAll(async () => {
  await app.close()
  await closeTestDriver()
})


describe('operational endpoints', () => {
  it('GET /health answers without the database', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'ok' })
  })

  it('GET /ready reports ready while Neo4j answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/ready' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'ready', database: 'neo4j' })
  })

  it('serves Swagger UI at /docs and the OpenAPI document at /openapi.json', async () => {
    const ui = await app.inject({ method: 'GET', url: '/docs/' })
    expect(ui.statusCode).toBe(200)
    expect(ui.body).toContain('swagger-ui')
    const spec = await app.inject({ method: 'GET', url: '/openapi.json' })
    expect(spec.statusCode).toBe(200)
    expect(spec.json().openapi).toMatch(/^3\./)
  })

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const given = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'partner-42.abc' } })
    expect(given.headers['x-request-id']).toBe('partner-42.abc')
    const hostile = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'x\u0000y <script>' } })
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('errors are RFC 9457 problem+json', () => {
  it('404 for an unknown route', async () => {
    const res = await app.inject({ method: 'GET', url: '/no/such/thing' })
    expect(res.statusCode).toBe(404)
    problem(res, 404)
  })

  it('405 with Allow when the path exists with another method', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/health' })
    expect(res.statusCode).toBe(405)
    expect(res.headers.allow).toBe('GET')
    expect(problem(res, 405).allowed).toEqual(['GET'])
  })

  it('400 with errors[] pointing at each bad field', async () => {
    const res = await app.inject({ method: 'POST', url: '/__probe', payload: { name: '', kind: 'z', count: -1 } })
    expect(res.statusCode).toBe(400)
    const body = problem(res, 400)
    const errors = body.errors as { in: string, pointer: string, message: string }[]
    expect(errors.map((e) => e.pointer).sort()).toEqual(['/count', '/kind', '/name'])
    expect(errors.find((e) => e.pointer === '/kind')?.message).toBe('must be one of: a, b')
    expect(errors.every((e) => e.in === 'body')).toBe(true)
  })

  it('400 for an unknown body property: rejected, not stripped', async () => {
    const res = await app.inject({ method: 'POST', url: '/__probe', payload: { name: 'x', kind: 'a', nmae: 'typo' } })
    expect(res.statusCode).toBe(400)
    const body = problem(res, 400)
    expect(body.errors).toEqual([{ in: 'body', pointer: '/nmae', message: "unknown property 'nmae'" }])
  })

  it('400 for a missing required property', async () => {
    const res = await app.inject({ method: 'POST', url: '/__probe', payload: { kind: 'a' } })
    expect(res.statusCode).toBe(400)
    expect(problem(res, 400).errors).toEqual([{ in: 'body', pointer: '/name', message: 'is required' }])
  })

  it('400 for malformed JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/__probe', payload: '{"name": ', headers: { 'content-type': 'application/json' } })
    expect(res.statusCode).toBe(400)
    problem(res, 400)
  })

  it('413 when the body is larger than the limit', async () => {
    const res = await app.inject({ method: 'POST', url: '/__probe', payload: { name: 'x'.repeat(5000), kind: 'a' } })
    expect(res.statusCode).toBe(413)
    problem(res, 413)
  })

  it('415 for a content type the route does not take', async () => {
    const res = await app.inject({ method: 'POST', url: '/__probe', payload: '<name/>', headers: { 'content-type': 'application/xml' } })
    expect(res.statusCode).toBe(415)
    problem(res, 415)
  })

  it('500 says nothing of the internals', async () => {
    const res = await app.inject({ method: 'GET', url: '/__boom' })
    expect(res.statusCode).toBe(500)
    const body = problem(res, 500)
    expect(JSON.stringify(body)).not.toMatch(/MATCH|secret|line 42|stack/)
  })
})
