// The shapes every graph endpoint returns (network, proximity, paths...), and the helpers the
// serialisers share: which attribute columns a graph has, and what type each column is.
import Type, { type Static } from 'typebox'

export const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()], { title: 'Scalar' })
export const PropertyValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null(), Type.Array(Scalar)], {
  description: 'a JSON scalar, or an array of scalars'
})
export const Properties = Type.Record(Type.String(), PropertyValue, {
  description: 'the remaining properties of the node or relationship (Neo4j integers and temporals already converted)'
})

export const GraphLocation = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90, examples: [13.4125] }),
  longitude: Type.Number({ minimum: -180, maximum: 180, examples: [103.867] })
}, { additionalProperties: false, description: 'WGS-84 coordinates' })

export const GraphNodeSchema = Type.Object({
  id: Type.String({ examples: ['whc-668'] }),
  labels: Type.Array(Type.String(), { examples: [['Destination', 'HeritageSite']] }),
  kind: Type.String({ description: 'the most specific label', examples: ['HeritageSite'] }),
  name: Type.Union([Type.String(), Type.Null()], { examples: ['Angkor'] }),
  location: Type.Union([GraphLocation, Type.Null()]),
  properties: Properties
}, { additionalProperties: false, title: 'GraphNode' })

export const GraphEdgeSchema = Type.Object({
  id: Type.String(),
  type: Type.String({ description: 'the relationship type', examples: ['ACTIVE_AT'] }),
  from: Type.String({ description: 'id of the start node' }),
  to: Type.String({ description: 'id of the end node' }),
  properties: Properties
}, { additionalProperties: false, title: 'GraphEdge' })

export const GraphSchema = Type.Object({
  nodes: Type.Array(GraphNodeSchema),
  edges: Type.Array(GraphEdgeSchema),
  truncated: Type.Optional(Type.Boolean({ description: 'true when a limit cut the graph short' }))
}, { additionalProperties: false, title: 'Graph' })

export type ScalarValue = Static<typeof Scalar>
export type PropertyValueT = Static<typeof PropertyValue>
export type GraphNode = Static<typeof GraphNodeSchema>
export type GraphEdge = Static<typeof GraphEdgeSchema>
export type Graph = Static<typeof GraphSchema>

/** Types an attribute column can have in GraphML and GEXF (both spell them the same way). */
export type AttrType = 'string' | 'long' | 'double' | 'boolean'

export interface AttrColumn {
  /** the key in `properties` */
  key: string
  /** the column name written out: the key, or `prop_<key>` when it would clash with a built-in column */
  name: string
  type: AttrType
}

/**
 * Column names the exports use for a node's or an edge's own fields. A property with one of these
 * keys is written as `prop_<key>` in every format, so nothing is overwritten or lost.
 */
export const NODE_RESERVED: readonly string[] = ['id', 'label', 'labels', 'kind', 'name', 'latitude', 'longitude']
export const EDGE_RESERVED: readonly string[] = ['id', 'label', 'type', 'from', 'to', 'from_name', 'to_name', 'source', 'target']

/** Separator for arrays flattened into one cell or attribute value. */
export const LIST_SEPARATOR = ';'

/**
 * One column per property key found on any item, sorted by key so the output does not depend on
 * the order of the items. A column is long/double/boolean only when every non-null value agrees;
 * anything mixed, and every array, is a string.
 */
export function propertyColumns (items: ReadonlyArray<{ properties: Record<string, PropertyValueT> }>, reserved: readonly string[]): AttrColumn[] {
  const seen = new Map<string, Set<string>>()
  for (const item of items) {
    for (const [key, value] of Object.entries(item.properties)) {
      let kinds = seen.get(key)
      if (kinds === undefined) { kinds = new Set(); seen.set(key, kinds) }
      if (value === null || value === undefined) continue
      if (Array.isArray(value)) kinds.add('array')
      else if (typeof value === 'number') kinds.add(Number.isSafeInteger(value) ? 'long' : 'double')
      else kinds.add(typeof value)
    }
  }
  return [...seen.keys()].sort().map((key) => {
    const kinds = seen.get(key) ?? new Set<string>()
    let type: AttrType = 'string'
    if (kinds.size > 0 && [...kinds].every((k) => k === 'boolean')) type = 'boolean'
    else if (kinds.size > 0 && [...kinds].every((k) => k === 'long')) type = 'long'
    else if (kinds.size > 0 && [...kinds].every((k) => k === 'long' || k === 'double')) type = 'double'
    return { key, name: columnName(key, reserved), type }
  })
}

/** A property whose key clashes with a built-in column keeps its value under `prop_<key>`. */
export function columnName (key: string, reserved: readonly string[]): string {
  let name = key
  while (reserved.includes(name)) name = `prop_${name}`
  return name
}

/** A property value as text: arrays joined with ';', null and undefined as undefined (no value). */
export function valueText (value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (Array.isArray(value)) return value.map((v) => v === null || v === undefined ? '' : String(v)).join(LIST_SEPARATOR)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Node label for tools that show one (Gephi): the name, or the id when there is none. */
export function displayLabel (node: GraphNode): string {
  return node.name ?? node.id
}
