// GeoJSON (RFC 7946) for QGIS and geojson.io. Positions are [longitude, latitude] (RFC 7946 §3.1.1).
// Nodes with a location become Point features; edges whose two ends both have one become
// LineString features. What cannot be placed is left out and counted in the foreign members
// `skipped` (nodes, or table rows) and `skippedEdges` (RFC 7946 §6.1 allows foreign members).
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson'
import { EDGE_RESERVED, NODE_RESERVED, columnName, type Graph, type GraphNode } from './graph.js'

export interface GraphFeatureCollection extends FeatureCollection<Point | LineString> {
  skipped: number
  skippedEdges: number
  truncated?: boolean
}

export interface TableFeatureCollection extends FeatureCollection<Point> {
  skipped: number
}


export function graphToGeoJSON (graph: Graph): GraphFeatureCollection {
  const positions = new Map<string, Position>()
  const features: Array<Feature<Point | LineString>> = []
  let skipped = 0
  for (const node of graph.nodes) {
    const position = nodePosition(node)
    if (position === null) { skipped++; continue }
    positions.set(node.id, position)
    features.push({
      type: 'Feature',
      id: node.id,
      geometry: { type: 'Point', coordinates: position },
      properties: withProperties({ id: node.id, kind: node.kind, name: node.name, labels: node.labels }, node.properties, NODE_RESERVED)
    })
  }
  let skippedEdges = 0
  for (const edge of graph.edges) {
    const from = positions.get(edge.from)
    const to = positions.get(edge.to)
    if (from === undefined || to === undefined) { skippedEdges++; continue }
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [from, to] },
      properties: withProperties({ id: edge.id, type: edge.type, from: edge.from, to: edge.to }, edge.properties, EDGE_RESERVED)
    })
  }
  const collection: GraphFeatureCollection = { type: 'FeatureCollection', features, skipped, skippedEdges }
  if (graph.truncated !== undefined) collection.truncated = graph.truncated
  return collection
}

/**
 * Table rows as Point features: a row is placed by its `location` ({latitude, longitude}) or by
 * numeric `latitude` and `longitude` fields; the other fields of the row are its properties.
 */
export function rowsToGeoJSON (rows: ReadonlyArray<Record<string, unknown>>): TableFeatureCollection {
  const features: Array<Feature<Point>> = []
  let skipped = 0
  for (const row of rows) {
    const { location, ...rest } = row
    const position = toPosition(location) ?? toPosition(row)
    if (position === null) { skipped++; continue }
    const feature: Feature<Point> = { type: 'Feature', geometry: { type: 'Point', coordinates: position }, properties: rest }
    if (typeof row.id === 'string' || typeof row.id === 'number') feature.id = row.id
    features.push(feature)
  }
  return { type: 'FeatureCollection', features, skipped }
}

function nodePosition (node: GraphNode): Position | null {
  return toPosition(node.location)
}

function toPosition (value: unknown): Position | null {
  if (value === null || typeof value !== 'object') return null
  const { latitude, longitude } = value as { latitude?: unknown, longitude?: unknown }
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) return null
  return [longitude, latitude]
}

function withProperties (base: Record<string, unknown>, properties: Record<string, unknown>, reserved: readonly string[]): Record<string, unknown> {
  const out = { ...base }
  for (const [key, value] of Object.entries(properties)) out[columnName(key, reserved)] = value
  return out
}

