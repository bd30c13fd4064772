// Runs named queries: parameters validated against the file's header, integers sent as integers,
// a read transaction with a timeout, and a row cap.
import neo4j, { type Path, type Record as Neo4jRecord } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { HttpProblem, notFound } from '../../http/problem.js'
import { validationErrors } from '../../plugins/errors.js'
import { bindParameters, type NamedQuery } from './registry.js'

export const MAX_ROWS = 10_000

/** JSON numbers that the header declares integer reach Cypher as integers (LIMIT, ranges). */
function toCypherParams (query: NamedQuery, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    const type = query.params[name]?.type
    const integer = type === 'integer' || (Array.isArray(type) && type.includes('integer'))
    out[name] = integer && typeof value === 'number' ? neo4j.int(value) : value
  }
  return out
}

export async function runQuery (db: Database, queries: Map<string, NamedQuery>, name: string, given: Record<string, unknown>, part = 'body', timeoutMs?: number): Promise<Neo4jRecord[]> {
  const query = queries.get(name)
  if (query === undefined) throw notFound(`no named query ${name}; GET /queries lists them`)
  const bound = bindParameters(query, given)
  if (!bound.ok) {
    const errors = validationErrors(bound.errors, part)
    throw new HttpProblem(400, 'validation', `${errors[0]?.pointer ?? ''}: ${errors[0]?.message ?? 'invalid parameters'}`, { errors })
  }
  const result = await db.read((tx) => tx.run(query.cypher, toCypherParams(query, bound.params)), timeoutMs === undefined ? {} : { timeoutMs })
  return result.records.slice(0, MAX_ROWS)
}

export interface PathStep { from: string, type: string, to: string }
export interface ReadablePath { hops: number, steps: PathStep[], explanation: string }

const nameOf = (props: Record<string, unknown>): string => String(props.name ?? props.title ?? props.id)

/** A path as steps {from, type, to} in the direction each link really points, and one readable line. */
export function readablePath (path: Path, reverse = false): ReadablePath {
  let segments = path.segments.map((s) => ({
    start: s.start, end: s.end, rel: s.relationship,
    forward: s.relationship.startNodeElementId === s.start.elementId
  }))
  if (reverse) segments = segments.reverse().map((s) => ({ start: s.end, end: s.start, rel: s.rel, forward: !s.forward }))
  const steps = segments.map((s) => (s.forward
    ? { from: String(s.start.properties.id), type: s.rel.type, to: String(s.end.properties.id) }
    : { from: String(s.end.properties.id), type: s.rel.type, to: String(s.start.properties.id) }))
  const first = segments[0]
  let line = first === undefined ? '' : nameOf(first.start.properties)
  for (const s of segments) line += s.forward ? ` —${s.rel.type}→ ${nameOf(s.end.properties)}` : ` ←${s.rel.type}— ${nameOf(s.end.properties)}`
  return { hops: segments.length, steps, explanation: line }
}
