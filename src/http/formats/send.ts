// Sending a graph or a table in the negotiated format: the body, Content-Type, and for file
// formats Content-Disposition (attachment) so a browser saves it under a sensible name.
import type { FastifyReply } from 'fastify'
import Type, { type TSchema } from 'typebox'
import { HttpProblem } from '../problem.js'
import { graphEdgesToCsv, graphToCsv, rowsToCsv, type Column } from './csv.js'
import { graphToGEXF } from './gexf.js'
import { graphToGeoJSON, rowsToGeoJSON } from './geojson.js'
import { graphToGraphML } from './graphml.js'
import type { Graph } from './graph.js'
import { MEDIA_TYPES, TABLE_FORMATS, type Format } from './negotiate.js'

const EXTENSIONS: Readonly<Record<Format, string>> = {
  json: '.json',
  csv: '.csv',
  'csv-edges': '-edges.csv',
  graphml: '.graphml',
  gexf: '.gexf',
  geojson: '.geojson'
}

export interface SendOptions {
  /** file name without extension, e.g. `network-whc-668`; reduced to letters, digits, . _ - */
  filename: string
  /** title written into GraphML/GEXF; defaults to the file name */
  title?: string
}

export interface SendTableOptions extends SendOptions {
  /** the JSON body (e.g. `{items, nextCursor}`); defaults to `{items: rows}` */
  json?: unknown
}

/** The Content-Type header for a format (text types carry charset=utf-8). */
export function contentType (format: Format): string {
  const type = MEDIA_TYPES[format]
  // XML declares its own encoding; JSON, GeoJSON and CSV say it in the header.
  return format === 'graphml' || format === 'gexf' ? type : `${type}; charset=utf-8`
}

/** `network-whc-668` + graphml → `network-whc-668.graphml`; anything unsafe in a header becomes `_`. */
export function attachmentName (filename: string, format: Format): string {
  const base = filename.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 100) || 'export'
  return `${base}${EXTENSIONS[format]}`
}

export function serialiseGraph (graph: Graph, format: Format, title: string): string {
  switch (format) {
    case 'json': return JSON.stringify(graph)
    case 'csv': return graphToCsv(graph)
    case 'csv-edges': return graphEdgesToCsv(graph)
    case 'graphml': return graphToGraphML(graph, { title })
    case 'gexf': return graphToGEXF(graph, { title })
    case 'geojson': return JSON.stringify(graphToGeoJSON(graph))
  }
}

/** For JSON the graph object is sent (the route's response schema serialises it); other formats as text. */
export function sendGraph (reply: FastifyReply, graph: Graph, format: Format, options: SendOptions): FastifyReply {
  prepare(reply, format, options.filename)
  if (format === 'json') return reply.send(graph)
  return reply.send(serialiseGraph(graph, format, options.title ?? options.filename))
}

/** Lists: json, csv or geojson (rows placed by `location` or latitude/longitude). */
export function sendTable (reply: FastifyReply, columns: ReadonlyArray<string | Column>, rows: ReadonlyArray<Record<string, unknown>>,
  format: Format, options: SendTableOptions): FastifyReply {
  if (!TABLE_FORMATS.includes(format)) {
    throw new HttpProblem(406, 'not-acceptable', `format '${format}' is not available for lists; they offer: ${TABLE_FORMATS.join(', ')}`,
      { allowed: [...TABLE_FORMATS] })
  }
  prepare(reply, format, options.filename)
  if (format === 'json') return reply.send(options.json ?? { items: rows })
  if (format === 'geojson') return reply.send(JSON.stringify(rowsToGeoJSON(rows)))
  return reply.send(rowsToCsv(columns, rows))
}

function prepare (reply: FastifyReply, format: Format, filename: string): void {
  // The body depends on Accept: caches must key on it.
  const vary = reply.getHeader('vary')
  const existing = typeof vary === 'string' ? vary : Array.isArray(vary) ? vary.join(', ') : ''
  if (!/(^|,)\s*(accept|\*)\s*(,|$)/i.test(existing)) reply.header('vary', existing === '' ? 'Accept' : `${existing}, Accept`)
  reply.type(contentType(format))
  if (format !== 'json') reply.header('content-disposition', `attachment; filename="${attachmentName(filename, format)}"`)
}

const GeoJsonDoc = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({}, { additionalProperties: true })),
  skipped: Type.Integer({ description: 'nodes (or rows) left out because they have no location' }),
  skippedEdges: Type.Optional(Type.Integer({ description: 'edges left out because an end has no location' }))
}, { additionalProperties: true, description: 'RFC 7946 FeatureCollection; positions are [longitude, latitude]' })

const TEXT_DOCS: Partial<Record<Format, string>> = {
  csv: 'CSV with a header row (UTF-8 with BOM); csv-edges gives one row per relationship',
  graphml: 'GraphML 1.0 (Gephi, yEd, Cytoscape, NetworkX)',
  gexf: 'GEXF 1.3 (Gephi)'
}

/**
 * A 200 response for route schemas whose JSON body is `json` and which also offers `allowed`
 * formats, one entry per media type (OpenAPI shows them all):
 * `response: { 200: formatResponse(GraphSchema, GRAPH_FORMATS, 'the ego network') }`.
 * Only JSON goes through the serialiser; the other bodies are sent as ready text.
 */
export function formatResponse (json: TSchema, allowed: readonly Format[], description: string) {
  const content: Record<string, { schema: TSchema }> = {}
  for (const format of allowed) {
    const type = MEDIA_TYPES[format]
    if (content[type] !== undefined) continue
    if (format === 'json') content[type] = { schema: json }
    else if (format === 'geojson') content[type] = { schema: GeoJsonDoc }
    else content[type] = { schema: Type.String({ description: TEXT_DOCS[format] ?? format }) }
  }
  return { description, content }
}
