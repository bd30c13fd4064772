// Request and response schemas of a resource, derived from its definition.
import Type, { type TProperties, type TSchema } from 'typebox'
import { REL_TYPES, REGULATION_SCOPES, REGULATION_TOPICS, SECTOR_TRADITIONS, literalUnion } from '../../domain/model.js'
import { Cursor, ID_PATTERN, Id, Limit, SystemFields } from '../../http/schemas.js'
import type { FilterName, ResourceDef } from './definitions.js'

const nullable = (schema: TSchema) => Type.Union([schema, Type.Null()])

export const LinkSpec = Type.Object({
  type: literalUnion(REL_TYPES, { description: 'relationship type' }),
  to: Type.Optional(Id),
  from: Type.Optional(Id),
  properties: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'what the type takes (see docs/data-model.md)' }))
}, { additionalProperties: false, description: 'a link to create with the node: give `to` for an outgoing link, `from` for an incoming one' })

export function createBody (def: ResourceDef) {
  const props: TProperties = {}
  props.id = def.idRequired ? Type.String({ pattern: def.idPattern }) : Type.Optional(Id)
  for (const [key, schema] of Object.entries(def.fields)) props[key] = def.required.includes(key) ? schema : Type.Optional(schema)
  props.links = Type.Optional(Type.Array(LinkSpec, { maxItems: 200 }))
  return Type.Object(props, { additionalProperties: false, examples: [def.example.create] })
}

export function putBody (def: ResourceDef) {
  const props: TProperties = {}
  for (const [key, schema] of Object.entries(def.fields)) props[key] = def.required.includes(key) ? schema : Type.Optional(schema)
  const { links: _links, ...example } = def.example.create
  delete (example as Record<string, unknown>).id
  return Type.Object(props, { additionalProperties: false, examples: [example] })
}

export function patchBody (def: ResourceDef) {
  const props: TProperties = {}
  for (const [key, schema] of Object.entries(def.fields)) props[key] = Type.Optional(def.required.includes(key) ? schema : nullable(schema))
  return Type.Object(props, { additionalProperties: false, minProperties: 1, description: 'JSON merge patch: fields given replace, null removes an optional field', examples: [def.example.patch] })
}

const Context = Type.Object({
  provinces: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  countries: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  sectors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  stages: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  externalRefs: Type.Array(Type.Object({ source: Type.String(), externalId: Type.String() }), { description: 'the partner records this node is synced from' }),
  linkCounts: Type.Array(Type.Object({ type: Type.String(), direction: Type.String(), count: Type.Integer() }))
}, { description: 'where it is, its sectors and stages, and its links by type and direction' })

export function itemSchema (def: ResourceDef, withContext = false) {
  const props: TProperties = { id: Type.String() }
  for (const [key, schema] of Object.entries(def.fields)) props[key] = def.required.includes(key) ? schema : Type.Optional(schema)
  Object.assign(props, SystemFields)
  if (withContext) props.context = Context
  return Type.Object(props, { additionalProperties: true, title: `${def.singular[0]!.toUpperCase()}${def.singular.slice(1)}${withContext ? 'WithContext' : ''}` })
}

const filterSchemas: Record<FilterName, TSchema> = {
  country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country id', examples: ['KH'] }),
  province: Type.String({ pattern: '^[A-Z]{2}-[A-Z0-9]{1,3}$', description: 'ISO 3166-2 province id', examples: ['KH-17'] }),
  kind: Type.String(),
  sector: Type.String({ pattern: ID_PATTERN, description: 'sector id; narrower sectors are included', examples: ['fcs-c'] }),
  stage: Type.String({ pattern: '^stage-[a-z]+$', description: 'culture-cycle stage id', examples: ['stage-production'] }),
  tag: Type.String({ minLength: 1, maxLength: 100 }),
  q: Type.String({ minLength: 1, maxLength: 200, description: 'full-text search in names and descriptions (all words, prefix match)' }),
  near: Type.String({ description: '<latitude>,<longitude>; with withinKm', examples: ['13.4125,103.867'] }),
  updatedSince: Type.String({ format: 'date-time', description: 'only what changed at or after this time' }),
  scope: literalUnion(REGULATION_SCOPES),
  topic: literalUnion(REGULATION_TOPICS),
  green: Type.Boolean(),
  level: literalUnion(['domain', 'subdomain'] as const),
  tradition: literalUnion(SECTOR_TRADITIONS),
  parent: Type.String({ pattern: ID_PATTERN, description: 'direct parent sector id' }),
  heritage: Type.Boolean({ description: 'true: heritage sites only; false: other destinations only' })
}

export function listQuery (def: ResourceDef) {
  const props: TProperties = {
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
    sort: Type.Optional(literalUnion([def.titleField, 'id', 'createdAt', 'updatedAt', ...(def.mode === 'read-only' ? ['order'] : [])] as readonly string[], { description: 'sort key (ascending; ties broken by id)' }))
  }
  for (const filter of def.filters) {
    props[filter] = Type.Optional(filter === 'kind' && def.kindFilter !== undefined ? def.kindFilter : filterSchemas[filter])
    if (filter === 'near') props.withinKm = Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 20000, description: 'radius around near, in km', examples: [50] }))
  }
  if (def.mode === 'soft') props.includeDeleted = Type.Optional(Type.Boolean({ description: 'include soft-deleted records (editors)' }))
  return Type.Object(props, { additionalProperties: false })
}
