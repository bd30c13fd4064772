// Neo4j values to plain JSON at the boundary: integers, temporals, points, nodes, relationships
// and paths become numbers, ISO strings and objects; nothing driver-specific leaves this module.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

export function toJson (value: unknown): Json {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') return Number(value)
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString()
  if (Array.isArray(value)) return value.map(toJson)
  if (isDateTime(value)) return dateTimeToIso(value)
  if (isDate(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) return value.toString()
  if (isPoint(value)) return pointToJson(value)
  if (isNode(value)) return { id: toJson(value.properties.id) ?? value.elementId, labels: value.labels, properties: propsToJson(value.properties) }
  if (isRelationship(value)) {
    return { id: toJson(value.properties.id) ?? value.elementId, type: value.type, properties: propsToJson(value.properties) }
  }
  if (isPath(value)) {
    return {
      nodes: [toJson(value.start), ...value.segments.map((s) => toJson(s.end))],
      relationships: value.segments.map((s) => ({ ...(toJson(s.relationship) as object), from: toJson(s.start.properties.id), to: toJson(s.end.properties.id) })) as Json[]
    }
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (typeof value === 'object') return propsToJson(value as Record<string, unknown>)
  return String(value)
}

export function propsToJson (props: Record<string, unknown>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {}
  for (const [key, v] of Object.entries(props)) out[key] = toJson(v)
  return out
}

type DateTimeLike = { toStandardDate(): Date, nanosecond: unknown }

/** Neo4j DATETIME (UTC) to ISO 8601 with millisecond precision, e.g. 2026-11-29T19:00:00.000Z. */
export function dateTimeToIso (value: DateTimeLike): string {
  return value.toStandardDate().toISOString()
}

interface PointLike { srid: unknown, x: number, y: number, z?: number }

/** WGS-84 points become {latitude, longitude}; cartesian ones {x, y}. */
export function pointToJson (p: PointLike): Json {
  const srid = Number(toJson(p.srid))
  if (srid === 4326 || srid === 4979) return { latitude: p.y, longitude: p.x }
  return { x: p.x, y: p.y }
}
