// GEXF 1.3 (https://gexf.net), Gephi's own format (Gephi 0.9.3 and later read it; NetworkX too).
// Node label = name (or id); edge label and edge kind = relationship type, so Gephi keeps
// parallel edges of different types apart. Attributes are declared per class with their type.
// Arrays are written as one string joined with ';' (the list types differ between readers).
// Attribute values are XML attributes, so a reader turns line breaks in them into spaces.
import { create } from 'xmlbuilder2'
import { EDGE_RESERVED, NODE_RESERVED, displayLabel, propertyColumns, valueText, type AttrType, type Graph } from './graph.js'
import { XML_OPTIONS, type XMLBuilder, type XmlExportOptions } from './graphml.js'

export const GEXF_NS = 'http://gexf.net/1.3'
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'

const NODE_BUILTINS: ReadonlyArray<{ name: string, type: AttrType }> = [
  { name: 'kind', type: 'string' },
  { name: 'labels', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'latitude', type: 'double' },
  { name: 'longitude', type: 'double' }
]
const EDGE_BUILTINS: ReadonlyArray<{ name: string, type: AttrType }> = [
  { name: 'type', type: 'string' }
]

export function graphToGEXF (graph: Graph, options: XmlExportOptions): string {
  const nodeColumns = propertyColumns(graph.nodes, NODE_RESERVED)
  const edgeColumns = propertyColumns(graph.edges, EDGE_RESERVED)

  const root = create(XML_OPTIONS).ele(GEXF_NS, 'gexf', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3'
  })
  const meta = root.ele('meta')
  meta.ele('creator').txt('CCI Atlas')
  meta.ele('description').txt(graph.truncated === true ? `${options.title} (truncated: a limit cut the graph short)` : options.title)

  const g = root.ele('graph', { defaultedgetype: 'directed', mode: 'static' })
  const nodeIds = declare(g, 'node', [...NODE_BUILTINS, ...nodeColumns])
  const edgeIds = declare(g, 'edge', [...EDGE_BUILTINS, ...edgeColumns])

  const nodes = g.ele('nodes', { count: graph.nodes.length })
  for (const node of graph.nodes) {
    const el = nodes.ele('node', { id: node.id, label: displayLabel(node) })
    const values: Record<string, unknown> = {
      kind: node.kind,
      labels: node.labels,
      name: node.name,
      latitude: node.location?.latitude,
      longitude: node.location?.longitude
    }
    for (const c of nodeColumns) values[c.name] = node.properties[c.key]
    writeValues(el, nodeIds, values)
  }
  const edges = g.ele('edges', { count: graph.edges.length })
  for (const edge of graph.edges) {
    const el = edges.ele('edge', { id: edge.id, source: edge.from, target: edge.to, label: edge.type, kind: edge.type })
    const values: Record<string, unknown> = { type: edge.type }
    for (const c of edgeColumns) values[c.name] = edge.properties[c.key]
    writeValues(el, edgeIds, values)
  }
  return `${root.end({ prettyPrint: true })}\n`
}

function declare (g: XMLBuilder, cls: 'node' | 'edge', columns: ReadonlyArray<{ name: string, type: AttrType }>): Map<string, string> {
  const ids = new Map<string, string>()
  const el = g.ele('attributes', { class: cls })
  columns.forEach((c, i) => {
    const id = `${cls === 'node' ? 'n' : 'e'}${i}`
    ids.set(c.name, id)
    el.ele('attribute', { id, title: c.name, type: c.type })
  })
  return ids
}

function writeValues (el: XMLBuilder, ids: Map<string, string>, values: Record<string, unknown>): void {
  const present = [...ids].map(([name, id]) => [id, valueText(values[name])] as const).filter(([, v]) => v !== undefined)
  if (present.length === 0) return
  const att = el.ele('attvalues')
  for (const [id, value] of present) att.ele('attvalue', { for: id, value })
}
