// Node and link records as API JSON: properties converted, internal fields dropped, the kind
// label surfaced as `kind`.
import type { Node, Relationship } from 'neo4j-driver'
import { propsToJson } from '../../db/convert.js'
import { STAKEHOLDER_KINDS } from '../../domain/model.js'
import type { LinkJson } from '../links/schemas.js'

const INTERNAL = new Set(['contentHash', 'lockedAt'])

export type ApiObject = { [key: string]: unknown }

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

export function presentLink (rel: Relationship, from: string, to: string): LinkJson {
  const props = propsToJson(rel.properties)
  const properties: ApiObject = {}
  for (const [key, value] of Object.entries(props)) {
    if (!LINK_SYSTEM.has(key) && value !== null) properties[key] = value
  }
  return {
    id: String(props.id),
    type: rel.type,
    from,
    to,
    properties,
    createdAt: String(props.createdAt),
    updatedAt: String(props.updatedAt),
    version: Number(props.version)
  }
}
