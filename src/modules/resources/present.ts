// Node and link records as API JSON: properties converted, internal fields dropped, the kind
// label surfaced as `kind`.
import type { Node, Relationship } from 'neo4j-driver'
import { propsToJson, type Json } from '../../db/convert.js'
import { STAKEHOLDER_KINDS } from '../../domain/model.js'

const INTERNAL = new Set(['contentHash', 'lockedAt'])

export type ApiObject = { [key: string]: Json }

export function presentNode (node: Node): ApiObject {
  const props = propsToJson(node.properties)
  const out: ApiObject = {}
  const kind = node.labels.find((l) => (STAKEHOLDER_KINDS as readonly string[]).includes(l))
  if (kind !== undefined) out.kind = kind
  for (const [key, value] of Object.entries(props)) {
    if (!INTERNAL.has(key) && value !== null) out[key] = value
  }
  return out
}

const LINK_SYSTEM = new Set(['id', 'createdAt', 'updatedAt', 'version', 'contentHash'])

export function presentLink (rel: Relationship, from: string, to: string): ApiObject {
  const props = propsToJson(rel.properties)
  const properties: ApiObject = {}
  for (const [key, value] of Object.entries(props)) {
    if (!LINK_SYSTEM.has(key) && value !== null) properties[key] = value
  }
  return {
    id: props.id ?? null,
    type: rel.type,
    from,
    to,
    properties,
    createdAt: props.createdAt ?? null,
    updatedAt: props.updatedAt ?? null,
    version: props.version ?? null
  }
}
