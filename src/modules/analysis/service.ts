// The graph questions behind /analysis, /paths and /nodes/{id}/network: each runs a named query
// (cypher/queries) and shapes its records for the API.
import type { Node, Path, Relationship } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { propsToJson, toJson } from '../../db/convert.js'
import { kindOf } from '../../domain/model.js'
import { notFound } from '../../http/problem.js'
import type { NamedQuery } from '../queries/registry.js'
import { readablePath, runQuery } from '../queries/run.js'
import { presentNode } from '../resources/present.js'
import type { GraphEdge, GraphNode } from '../../http/formats/index.js'

type Queries = Map<string, NamedQuery>

export async function requireNode (db: Database, id: string, label?: string): Promise<string[]> {
  const result = await db.readNamed('links/exists-node', { id })
  const labels = result.records[0]?.get('labels') as string[] | undefined
  if (labels === undefined || (label !== undefined && !labels.includes(label))) throw notFound(`no ${label === undefined ? 'node' : label.toLowerCase()} with id ${id}`)
  return labels
}

export async function nearby (db: Database, queries: Queries, params: Record<string, unknown>) {
  await requireNode(db, String(params.id), 'Destination')
  const records = await runQuery(db, queries, 'nearby', params, 'querystring')
  return records.map((r) => ({
    stakeholder: presentNode(r.get('stakeholder') as Node),
    hops: Number(r.get('hops')),
    distanceKm: toJson(r.get('distanceKm')) as number | null,
    // Read from the stakeholder to the destination, as a person would say it.
    path: readablePath(r.get('path') as Path, true)
  }))
}

export async function heritageProximity (db: Database, queries: Queries, params: Record<string, unknown>) {
  const records = await runQuery(db, queries, 'heritage-proximity', params, 'querystring')
  return records.map((r) => ({
    id: String(r.get('id')),
    name: String(r.get('name')),
    whcId: toJson(r.get('whcId')) as number | null,
    countries: r.get('countries') as string[],
    location: toJson(r.get('location')) as { latitude: number, longitude: number } | null,
    count: Number(r.get('count')),
    examples: r.get('examples') as string[]
  }))
}

export async function paths (db: Database, queries: Queries, params: Record<string, unknown>) {
  await requireNode(db, String(params.from))
  await requireNode(db, String(params.to))
  const records = await runQuery(db, queries, 'paths', params, 'querystring')
  return records.map((r) => readablePath(r.get('path') as Path))
}


export function graphNode (node: Node): GraphNode {
  const props = presentNode(node)
  const { id, name, title, location, ...rest } = props
  const labels = node.labels.filter((l) => l !== 'Entity')
  return {
    id: String(id),
    labels,
    kind: kindOf(labels),
    name: (name ?? title ?? null) as string | null,
    location: (location ?? null) as GraphNode['location'],
    properties: rest as GraphNode['properties']
  }
}

export async function network (db: Database, queries: Queries, params: Record<string, unknown>) {
  await requireNode(db, String(params.id))
  const records = await runQuery(db, queries, 'network', params, 'querystring')
  const r = records[0]
  if (r === undefined) throw notFound(`no node with id ${String(params.id)}`)
  const nodes = (r.get('nodes') as Node[]).map(graphNode)
  const byElement = new Map((r.get('nodes') as Node[]).map((n) => [n.elementId, String(n.properties.id)]))
  const edges: GraphEdge[] = (r.get('edges') as Relationship[]).map((rel) => {
    const { id, createdAt: _c, updatedAt: _u, version: _v, contentHash: _h, ...properties } = propsToJson(rel.properties)
    return { id: String(id ?? rel.elementId), type: rel.type, from: byElement.get(rel.startNodeElementId)!, to: byElement.get(rel.endNodeElementId)!, properties: properties as GraphEdge['properties'] }
  })
  return { center: String(params.id), nodes, edges, truncated: Boolean(r.get('truncated')) }
}

export async function valueChain (db: Database, queries: Queries, params: Record<string, unknown>) {
  await requireNode(db, String(params.id), 'Stakeholder')
  const records = await runQuery(db, queries, 'value-chain', params, 'querystring')
  const r = records[0]!
  return {
    stakeholder: presentNode(r.get('stakeholder') as Node),
    actors: (r.get('actors') as { node: Node, distance: unknown, direction: string, stages: string[] }[])
      .map((a) => ({ ...presentNode(a.node), distance: Number(a.distance), direction: a.direction, stages: a.stages }))
      .sort((a, b) => a.distance - b.distance || String((a as { id?: unknown }).id).localeCompare(String((b as { id?: unknown }).id))),
    links: toJson(r.get('links'))
  }
}

interface StageCount { stage: string, name: string, order: number, actors: number }

/** Completeness of one (country, sector) chain: stages with actors plus consecutive stages linked, over 5 + 4. */
export function chainCompleteness (stages: StageCount[], linkedFrom: number[]) {
  const ordered = [...stages].sort((a, b) => a.order - b.order)
  const missingStages = ordered.filter((s) => s.actors === 0).map((s) => s.stage)
  const brokenLinks: { from: string, to: string }[] = []
  let linked = 0
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i]!
    const b = ordered[i + 1]!
    if (linkedFrom.includes(a.order)) linked++
    else if (a.actors > 0 && b.actors > 0) brokenLinks.push({ from: a.stage, to: b.stage })
  }
  const present = ordered.length - missingStages.length
  const possible = ordered.length + Math.max(0, ordered.length - 1)
  return { missingStages, brokenLinks, linkedPairs: linked, completeness: possible === 0 ? 0 : Math.round(((present + linked) / possible) * 1000) / 1000 }
}

export async function valueChains (db: Database, queries: Queries, params: Record<string, unknown>) {
  const records = await runQuery(db, queries, 'value-chains', params, 'querystring')
  return records.map((r) => {
    const stages = (toJson(r.get('stages')) as unknown as StageCount[])
    const linkedFrom = (toJson(r.get('linkedFrom')) as number[])
    return {
      country: String(r.get('country')),
      sector: String(r.get('sector')),
      sectorName: String(r.get('sectorName')),
      actorCount: Number(r.get('actorCount')),
      stages,
      ...chainCompleteness(stages, linkedFrom)
    }
  })
}
