// List, get, create, update and delete for every resource of the table, with ETag/If-Match
// concurrency, soft or hard delete, and create-with-links in one transaction.
import { randomBytes } from 'node:crypto'
import neo4j, { type ManagedTransaction, type Node } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { cypher } from '../../db/cypher.js'
import { isConstraintViolation } from '../../db/errors.js'
import { decodeCursor, encodeCursor, filterFingerprint } from '../../http/cursor.js'
import { HttpProblem, badRequest, conflict, notFound, preconditionFailed } from '../../http/problem.js'
import { recordChanges } from '../changes/record.js'
import { createLinks, validateLinks, type LinkInput } from '../links/service.js'
import type { ResourceDef } from './definitions.js'
import { presentNode, type ApiObject } from './present.js'

export interface ListQuery {
  limit: number
  cursor?: string
  sort?: string
  includeDeleted?: boolean
  q?: string
  near?: string
  withinKm?: number
  [filter: string]: unknown
}

const FILTER_KEYS = ['country', 'province', 'kind', 'sector', 'stage', 'tag', 'scope', 'topic', 'green', 'level', 'tradition', 'parent', 'heritage', 'updatedSince'] as const

/** Lucene's query syntax is not for end users: every term is matched literally, all terms required. */
export function fulltextQuery (q: string): string {
  const terms = q.trim().split(/\s+/).filter(Boolean).slice(0, 20)
  return terms.map((t) => `${t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`).join(' AND ')
}

export function parseNear (near: string | undefined, withinKm: number | undefined): { near: { latitude: number, longitude: number } | null, withinMeters: number | null } {
  if (near === undefined && withinKm === undefined) return { near: null, withinMeters: null }
  if (near === undefined || withinKm === undefined) throw badRequest('near and withinKm go together: near=<latitude>,<longitude>&withinKm=<km>')
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(near)
  const latitude = Number(match?.[1])
  const longitude = Number(match?.[2])
  if (match === null || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
    throw new HttpProblem(400, 'validation', 'near must be <latitude>,<longitude> with latitude in -90..90 and longitude in -180..180',
      { errors: [{ in: 'querystring', pointer: '/near', message: 'must be <latitude -90..90>,<longitude -180..180>' }] })
  }
  return { near: { latitude, longitude }, withinMeters: withinKm * 1000 }
}

export async function listResource (db: Database, def: ResourceDef, query: ListQuery): Promise<{ items: ApiObject[], nextCursor: string | null }> {
  const sort = query.sort ?? defaultSort(def)
  const filters: Record<string, unknown> = {}
  for (const key of FILTER_KEYS) filters[key] = query[key] ?? null
  const { near, withinMeters } = parseNear(query.near, query.withinKm)
  const fingerprint = filterFingerprint(def.path, { ...filters, sort, q: query.q ?? null, near, withinMeters, includeDeleted: query.includeDeleted ?? false })
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor, def.path, fingerprint)
  const ids = query.q !== undefined && def.fulltextIndex !== undefined ? await fulltextIds(db, def.fulltextIndex, query.q) : null
  const result = await db.readNamed(`${def.path}/list`, {
    ...filters,
    ids,
    near,
    withinMeters,
    sort,
    includeDeleted: query.includeDeleted ?? false,
    afterValue: after?.value ?? null,
    afterId: after?.id ?? null,
    limit: neo4j.int(query.limit + 1)
  })
  const records = result.records.slice(0, query.limit)
  const items = records.map((r) => presentNode(r.get('n') as Node))
  const last = records[records.length - 1]
  const nextCursor = result.records.length > query.limit && last !== undefined
    ? encodeCursor(def.path, fingerprint, { value: toCursorValue(last.get('sortValue')), id: String((last.get('n') as Node).properties.id) })
    : null
  return { items, nextCursor }
}

function defaultSort (def: ResourceDef): string {
  return def.label === 'Stage' || def.label === 'Recommendation' ? 'order' : def.titleField
}

function toCursorValue (value: unknown): string | number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  return Number(value)
}

async function fulltextIds (db: Database, index: string, q: string): Promise<string[]> {
  const query = fulltextQuery(q)
  if (query === '') return []
  const result = await db.readNamed('resources/fulltext', { index, query })
  return (result.records[0]?.get('ids') as string[] | undefined) ?? []
}

export async function getResource (db: Database, def: ResourceDef, id: string, includeDeleted = false): Promise<ApiObject> {
  const result = await db.readNamed('resources/get', { id, label: def.label, includeDeleted })
  const record = result.records[0]
  if (record === undefined) throw notFound(`no ${def.singular} with id ${id}`)
  return {
    ...presentNode(record.get('n') as Node),
    context: {
      provinces: record.get('provinces'),
      countries: record.get('countries'),
      sectors: record.get('sectors'),
      stages: record.get('stages'),
      externalRefs: record.get('externalRefs'),
      linkCounts: (record.get('linkCounts') as { type: string, direction: string, count: unknown }[]).map((c) => ({ ...c, count: Number(c.count) }))
    }
  }
}

interface WriteBody { id?: string, links?: { type: string, to?: string, from?: string, properties?: Record<string, unknown> }[], [field: string]: unknown }

function newId (def: ResourceDef): string {
  return `${def.idPrefix}-${randomBytes(9).toString('base64url').replace(/[_-]/g, 'x')}`
}

function labelsFor (def: ResourceDef, fields: Record<string, unknown>): string[] {
  const labels: string[] = [def.label]
  if (def.kindLabels !== undefined && typeof fields.kind === 'string') labels.push(fields.kind)
  if (def.label === 'Destination' && Array.isArray(fields.kinds) && fields.kinds.includes('heritage_site')) labels.push('HeritageSite')
  return labels
}

/** Splits a body into stored properties (kind is a label, location a point, links are links). */
function storedProps (def: ResourceDef, fields: Record<string, unknown>): { props: Record<string, unknown>, location: unknown } {
  const props: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || key === 'links' || key === 'location' || (key === 'kind' && def.kindLabels !== undefined)) continue
    if (value !== null && value !== undefined) props[key] = value
  }
  return { props, location: fields.location ?? null }
}

function linkInputs (id: string, links: WriteBody['links']): LinkInput[] {
  return (links ?? []).map((l, i) => {
    if ((l.to === undefined) === (l.from === undefined)) {
      throw new HttpProblem(400, 'validation', 'each link names exactly one other end: to (outgoing) or from (incoming)',
        { errors: [{ in: 'body', pointer: `/links/${i}`, message: 'give exactly one of to, from' }] })
    }
    return l.to !== undefined
      ? { from: id, type: l.type, to: l.to, properties: l.properties }
      : { from: l.from!, type: l.type, to: id, properties: l.properties }
  })
}

function checkId (def: ResourceDef, id: string | undefined): string {
  if (id === undefined) {
    if (def.idRequired) throw new HttpProblem(400, 'validation', `a ${def.singular} needs an id`, { errors: [{ in: 'body', pointer: '/id', message: 'is required' }] })
    return newId(def)
  }
  if (def.idPattern !== undefined && !new RegExp(def.idPattern).test(id)) {
    throw new HttpProblem(400, 'validation', `id must match ${def.idPattern}`, { errors: [{ in: 'body', pointer: '/id', message: `must match ${def.idPattern}` }] })
  }
  return id
}

export async function createResource (db: Database, def: ResourceDef, body: WriteBody): Promise<ApiObject> {
  const id = checkId(def, body.id)
  const labels = labelsFor(def, body)
  const { props, location } = storedProps(def, body)
  const links = linkInputs(id, body.links)
  try {
    return await db.write(async (tx) => {
      const created = await tx.run(cypher('resources/create'), { id, labels, props, location })
      await validateLinks(tx, links, links.length > 0 ? '/links' : '', new Map([[id, labels]]))
      const madeLinks = await createLinks(tx, links)
      await recordChanges(tx, [
        { op: 'create', id, type: def.label, version: 1 },
        ...madeLinks.map((l) => ({ op: 'create' as const, id: l.id, type: 'Link', version: 1 }))
      ])
      return { ...presentNode(created.records[0]!.get('n') as Node), links: madeLinks }
    })
  } catch (err) {
    if (isConstraintViolation(err)) throw conflict(`a node with id ${id} already exists`, { id })
    throw err
  }
}

/** Locks the node, checks If-Match against its version, and returns what is stored. */
async function lockForWrite (tx: ManagedTransaction, def: ResourceDef, id: string, ifMatch: string | undefined): Promise<Node> {
  const result = await tx.run(cypher('resources/lock'), { id, label: def.label })
  const node = result.records[0]?.get('n') as Node | undefined
  if (node === undefined) throw notFound(`no ${def.singular} with id ${id}`)
  const version = Number(node.properties.version)
  if (ifMatch !== undefined && !etagMatches(ifMatch, version)) {
    throw preconditionFailed(`${def.singular} ${id} is at version ${version}, not ${ifMatch}: read it again and reapply your change`, { currentVersion: version })
  }
  return node
}

export function etag (version: unknown): string {
  return `"${String(version)}"`
}

export function etagMatches (ifMatch: string, version: number): boolean {
  if (ifMatch.trim() === '*') return true
  return ifMatch.split(',').map((t) => t.trim().replace(/^W\//, '').replace(/^"|"$/g, '')).includes(String(version))
}

/** PATCH (merge: null removes an optional field) or PUT (replace every editable field). */
export async function updateResource (db: Database, def: ResourceDef, id: string, body: Record<string, unknown>, mode: 'patch' | 'put', ifMatch?: string): Promise<ApiObject> {
  for (const field of def.required) {
    if (body[field] === null || (mode === 'put' && body[field] === undefined)) {
      throw new HttpProblem(400, 'validation', `${field} is required and cannot be removed`, { errors: [{ in: 'body', pointer: `/${field}`, message: 'is required' }] })
    }
  }
  return db.write(async (tx) => {
    const current = await lockForWrite(tx, def, id, ifMatch)
    const currentFields = editableFields(def, current)
    const next = mode === 'put' ? { ...body } : { ...currentFields, ...body }
    const oldLabels = labelsFor(def, currentFields).slice(1)
    const newLabels = labelsFor(def, next).slice(1)
    const { props, location } = storedProps(def, next)
    const result = await tx.run(cypher('resources/update'), {
      id,
      props,
      location,
      removeLabels: oldLabels.filter((l) => !newLabels.includes(l)),
      addLabels: newLabels
    })
    const updated = presentNode(result.records[0]!.get('n') as Node)
    await recordChanges(tx, [{ op: 'update', id, type: def.label, version: Number(updated.version) }])
    return updated
  })
}

function editableFields (def: ResourceDef, node: Node): Record<string, unknown> {
  const presented = presentNode(node)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(def.fields)) if (presented[key] !== undefined) out[key] = presented[key]
  return out
}

export async function deleteResource (db: Database, def: ResourceDef, id: string, ifMatch?: string): Promise<void> {
  await db.write(async (tx) => {
    const current = await lockForWrite(tx, def, id, ifMatch)
    const version = Number(current.properties.version) + 1
    if (def.mode === 'soft') {
      await tx.run(cypher('resources/soft-delete'), { id })
      await recordChanges(tx, [{ op: 'delete', id, type: def.label, version }])
      return
    }
    const links = Number((await tx.run(cypher('resources/count-links'), { id })).records[0]?.get('links') ?? 0)
    if (links > 0) throw conflict(`${def.singular} ${id} is still linked from ${links} other records; remove those links first`, { links })
    await tx.run(cypher('resources/hard-delete'), { id })
    await recordChanges(tx, [{ op: 'delete', id, type: def.label, version }])
  })
}
