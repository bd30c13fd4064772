// Replays the examples of the committed OpenAPI document against the seeded data: what an analyst
// tries from Swagger UI must work. Writes run on fresh copies (created from the POST examples),
// so the seeded data is left as it was.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { openapiFile } from '../src/paths.js'
import { closeTestDriver, testApp, testDb } from './helpers/app.js'

interface Param { name: string, in: string, required?: boolean, schema?: { examples?: unknown[] }, example?: unknown }
interface Operation { parameters?: Param[], requestBody?: { content: Record<string, { schema?: { examples?: unknown[] }, example?: unknown }> } }
type Doc = { paths: Record<string, Record<string, Operation>> }

const doc = JSON.parse(readFileSync(openapiFile, 'utf8')) as Doc
let app: FastifyInstance
const createdIds: string[] = []
const createdLinks: string[] = []

const syncs = () => operations.filter((o) => o.method === 'POST' && o.path.startsWith('/sync/'))

beforeAll(async () => {
  app = await testApp()
  // As in a partner's session: records are synced before they are read by their partner ids.
  for (const o of syncs().sort((a, b) => (a.path.endsWith('/links') ? 1 : b.path.endsWith('/links') ? -1 : 0))) {
    const res = await app.inject({ method: 'POST', url: urlFor(o.path, o.op), payload: bodyExample(o.op) as object })
    expect(res.statusCode, `${o.path}: ${res.body.slice(0, 300)}`).toBe(200)
  }
})
afterAll(async () => {
  await testDb().write((tx) => tx.run(`
    MATCH (x:ExternalRef {source: 'tourism-board-kh'}) OPTIONAL MATCH (x)<-[:KNOWN_AS]-(n) DETACH DELETE x, n`))
  for (const id of createdLinks) await app.inject({ method: 'DELETE', url: `/links/${id}` })
  await testDb().write((tx) => tx.run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: createdIds }))
  await app.close()
  await closeTestDriver()
})

function exampleOf (p: { schema?: { examples?: unknown[] }, example?: unknown }): unknown {
  return p.example ?? p.schema?.examples?.[0]
}

function bodyExample (op: Operation): unknown {
  const media = op.requestBody?.content['application/json']
  return media === undefined ? undefined : exampleOf(media)
}

function urlFor (path: string, op: Operation, idOverride?: string): string {
  let url = path
  const query: string[] = []
  for (const p of op.parameters ?? []) {
    const value = p.name === 'id' && idOverride !== undefined ? idOverride : exampleOf(p)
    if (p.in === 'path') {
      expect(value, `${path}: path parameter ${p.name} has no example`).toBeDefined()
      url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)))
    } else if (p.in === 'query' && (p.required || (value !== undefined && p.name !== 'id'))) {
      // Every query example is sent: together they must make a valid request.
      query.push(`${p.name}=${encodeURIComponent(String(value))}`)
    }
  }
  return query.length > 0 ? `${url}?${query.join('&')}` : url
}

const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })))
const reads = operations.filter((o) => o.method === 'GET' && !o.path.startsWith('/links/{'))
const runs = operations.filter((o) => o.method === 'POST' && (o.path.startsWith('/queries/') || o.path === '/cypher'))
const creates = operations.filter((o) => o.method === 'POST' && !o.path.includes('{') && !runs.includes(o))

describe('OpenAPI examples replay against the seeded data', () => {
  it.each(reads.map((o) => [`GET ${o.path}`, o] as const))('%s', async (_name, o) => {
    const res = await app.inject({ method: 'GET', url: urlFor(o.path, o.op) })
    expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(200)
    expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(300)
  })

  it.each(runs.map((o) => [`POST ${o.path}`, o] as const))('%s', async (_name, o) => {
    const body = bodyExample(o.op)
    expect(body, `${o.path}: no request example`).toBeDefined()
    const res = await app.inject({ method: 'POST', url: o.path, payload: body as object })
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
  })

  it.each(creates.map((o) => [`POST ${o.path}, then its PUT, PATCH and DELETE on the new record`, o] as const))('%s', async (_name, o) => {
    const body = bodyExample(o.op)
    expect(body, `${o.path}: no request example`).toBeDefined()
    const created = await app.inject({ method: 'POST', url: o.path, payload: body as object })
    expect(created.statusCode, created.body.slice(0, 300)).toBe(201)
    const id = String(created.json().id)
    if (o.path === '/links') {
      createdLinks.push(id)
      const single = operations.filter((x) => x.path === '/links/{id}')
      for (const s of single.sort((a, b) => (a.method === 'DELETE' ? 1 : b.method === 'DELETE' ? -1 : 0))) {
        const res = await app.inject({ method: s.method as 'GET', url: urlFor(s.path, s.op, id) })
        expect(res.statusCode, `${s.method} ${s.path}: ${res.body.slice(0, 300)}`).toBeLessThan(300)
      }
      return
    }
    createdIds.push(id)
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const s = operations.find((x) => x.path === `${o.path}/{id}` && x.method === method)
      if (s === undefined) continue
      const payload = bodyExample(s.op) as object | undefined
      const res = await app.inject({ method: method as 'PUT', url: urlFor(s.path, s.op, id), ...(payload === undefined ? {} : { payload }) })
      expect(res.statusCode, `${method} ${s.path}: ${res.body.slice(0, 300)}`).toBeLessThan(300)
    }
  })
})
