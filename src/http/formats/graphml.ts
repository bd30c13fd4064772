// GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd, Cytoscape, NetworkX and igraph.
// Every attribute is declared as a <key> with a type; edges are directed. The `labels` attribute
// is written the way Neo4j APOC writes it (":Stakeholder:CreativeProducer"), so
// apoc.import.graphml can read a file back into Neo4j; `label` is what Gephi shows on a node.
import { create } from 'xmlbuilder2'
import { EDGE_RESERVED, NODE_RESERVED, displayLabel, propertyColumns, valueText, type AttrColumn, type AttrType, type Graph } from './graph.js'

/** xmlbuilder2 does not export its builder interface from the package root. */
export type XMLBuilder = ReturnType<typeof create>

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns'
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`

/** Built-in node attributes, in the order they are declared. */
const NODE_BUILTINS: ReadonlyArray<{ name: string, type: AttrType }> = [
  { name: 'label', type: 'string' },
  { name: 'labels', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'latitude', type: 'double' },
  { name: 'longitude', type: 'double' }
]
const EDGE_BUILTINS: ReadonlyArray<{ name: string, type: AttrType }> = [
  { name: 'type', type: 'string' },
  { name: 'label', type: 'string' }
]

export interface XmlExportOptions {
  /** written as the document's description */
  title: string
}

/** XML 1.0 cannot carry control characters other than tab, newline and carriage return: they are dropped. */
export const XML_OPTIONS = { version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' } as const

export function graphToGraphML (graph: Graph, options: XmlExportOptions): string {
  const nodeColumns = propertyColumns(graph.nodes, NODE_RESERVED)
  const edgeColumns = propertyColumns(graph.edges, EDGE_RESERVED)

  const root = create(XML_OPTIONS).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': SCHEMA_LOCATION
  })
  root.ele('desc').txt(options.title)

  // Key ids are generated (n0, n1, e0...): attribute names are free text, ids must be tokens.
  const nodeKeys = declareKeys(root, 'node', 'n', [...NODE_BUILTINS, ...nodeColumns])
  const edgeKeys = declareKeys(root, 'edge', 'e', [...EDGE_BUILTINS, ...edgeColumns])
  if (graph.truncated !== undefined) {
    root.ele('key', { id: 'g0', for: 'graph', 'attr.name': 'truncated', 'attr.type': 'boolean' })
  }

  const g = root.ele('graph', { id: 'G', edgedefault: 'directed' })
  if (graph.truncated !== undefined) g.ele('data', { key: 'g0' }).txt(String(graph.truncated))

  for (const node of graph.nodes) {
    const el = g.ele('node', { id: node.id })
    const values: Record<string, unknown> = {
      label: displayLabel(node),
      labels: node.labels.map((l) => `:${l}`).join(''),
      kind: node.kind,
      name: node.name,
      latitude: node.location?.latitude,
      longitude: node.location?.longitude
    }
    for (const c of nodeColumns) values[c.name] = node.properties[c.key]
    writeData(el, nodeKeys, values)
  }
  for (const edge of graph.edges) {
    const el = g.ele('edge', { id: edge.id, source: edge.from, target: edge.to })
    const values: Record<string, unknown> = { type: edge.type, label: edge.type }
    for (const c of edgeColumns) values[c.name] = edge.properties[c.key]
    writeData(el, edgeKeys, values)
  }
  return `${root.end({ prettyPrint: true })}\n`
}

function declareKeys (root: XMLBuilder, domain: 'node' | 'edge', prefix: string,
  columns: ReadonlyArray<{ name: string, type: AttrType } | AttrColumn>): Map<string, string> {
  const ids = new Map<string, string>()
  columns.forEach((c, i) => {
    const id = `${prefix}${i}`
    ids.set(c.name, id)
    root.ele('key', { id, for: domain, 'attr.name': c.name, 'attr.type': c.type })
  })
  return ids
}

function writeData (el: XMLBuilder, keys: Map<string, string>, values: Record<string, unknown>): void {
  for (const [name, key] of keys) {
    const text = valueText(values[name])
    if (text !== undefined) el.ele('data', { key }).txt(text)
  }
}
