// Graph fragment files (data/README.md): reading and validating them against the model tables.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Value } from 'typebox/value'
import {
  PRIMARY_LABELS, REL_RULES_BY_TYPE, SECONDARY_LABELS, STAKEHOLDER_KINDS, describeTriples, isRelType, matchesAny
} from '../domain/model.js'

export interface FileNode { id: string, labels: string[], properties: Record<string, unknown> }
export interface FileLink { id?: string, from: string, type: string, to: string, properties?: Record<string, unknown> }
export interface GraphFile { description?: string, nodes?: FileNode[], links?: FileLink[] }
export interface Fragment { nodes: FileNode[], links: Required<FileLink>[] }

export function readGraphDir (dir: string, only?: (file: string) => boolean): Fragment {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (only === undefined || only(f))).sort()
  const out: Fragment = { nodes: [], links: [] }
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GraphFile
    out.nodes.push(...(parsed.nodes ?? []))
    out.links.push(...(parsed.links ?? []).map(withLinkId))
  }
  return out
}

export function linkId (from: string, type: string, to: string): string {
  return `l-${createHash('sha1').update(`${from}|${type}|${to}`).digest('hex').slice(0, 16)}`
}

function withLinkId (link: FileLink): Required<FileLink> {
  return { ...link, id: link.id ?? linkId(link.from, link.type, link.to), properties: link.properties ?? {} }
}

/** A stable fingerprint of what a record says, so unchanged records are recognised and left alone. */
export function contentHash (value: unknown): string {
  return createHash('sha1').update(stableStringify(value)).digest('hex')
}

export function stableStringify (value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

const LOADER_ONLY_LINK_PROPS = new Set(['sample'])

/**
 * Checks a fragment (plus the labels of nodes that already exist elsewhere) against the model;
 * returns one message per violation, empty when the fragment is sound.
 */
export function validateFragment (fragment: Fragment, knownLabels: Map<string, string[]> = new Map()): string[] {
  const problems: string[] = []
  const labelsById = new Map(knownLabels)
  for (const node of fragment.nodes) {
    if (typeof node.id !== 'string' || node.id.length === 0) { problems.push(`node without id: ${JSON.stringify(node).slice(0, 80)}`); continue }
    if (labelsById.has(node.id) && !knownLabels.has(node.id)) problems.push(`duplicate node id ${node.id}`)
    labelsById.set(node.id, node.labels)
    problems.push(...checkLabels(node))
    problems.push(...checkLocation(node))
  }
  const linkIds = new Set<string>()
  for (const link of fragment.links) {
    if (linkIds.has(link.id)) problems.push(`duplicate link id ${link.id} (${link.from} ${link.type} ${link.to})`)
    linkIds.add(link.id)
    problems.push(...checkLink(link, labelsById))
  }
  return problems
}

function checkLabels (node: FileNode): string[] {
  const [primary, ...rest] = node.labels ?? []
  if (primary === undefined || !(PRIMARY_LABELS as readonly string[]).includes(primary)) {
    return [`node ${node.id}: first label must be one of ${PRIMARY_LABELS.join(', ')}`]
  }
  const problems: string[] = []
  for (const label of rest) {
    if (!(SECONDARY_LABELS as readonly string[]).includes(label)) problems.push(`node ${node.id}: unknown label ${label}`)
    else if ((STAKEHOLDER_KINDS as readonly string[]).includes(label) && primary !== 'Stakeholder') problems.push(`node ${node.id}: ${label} is a stakeholder kind`)
    else if (label === 'HeritageSite' && primary !== 'Destination') problems.push(`node ${node.id}: HeritageSite goes on a Destination`)
  }
  if (primary === 'Stakeholder' && rest.filter((l) => (STAKEHOLDER_KINDS as readonly string[]).includes(l)).length !== 1) {
    problems.push(`node ${node.id}: a stakeholder has exactly one kind label (${STAKEHOLDER_KINDS.join(', ')})`)
  }
  return problems
}

function checkLocation (node: FileNode): string[] {
  const loc = node.properties?.location as { latitude?: unknown, longitude?: unknown } | undefined
  if (loc === undefined || loc === null) return []
  const { latitude, longitude } = loc
  if (typeof latitude !== 'number' || latitude < -90 || latitude > 90 || typeof longitude !== 'number' || longitude < -180 || longitude > 180) {
    return [`node ${node.id}: location must be {latitude -90..90, longitude -180..180}`]
  }
  return []
}

function checkLink (link: Required<FileLink>, labelsById: Map<string, string[]>): string[] {
  const where = `link ${link.from} ${link.type} ${link.to}`
  if (!isRelType(link.type)) return [`${where}: unknown type`]
  const rule = REL_RULES_BY_TYPE.get(link.type)!
  const fromLabels = labelsById.get(link.from)
  const toLabels = labelsById.get(link.to)
  if (fromLabels === undefined) return [`${where}: no node ${link.from}`]
  if (toLabels === undefined) return [`${where}: no node ${link.to}`]
  if (!matchesAny(fromLabels, rule.from) || !matchesAny(toLabels, rule.to)) {
    return [`${where}: not an allowed triple; allowed: ${describeTriples(rule).join(' ')}`]
  }
  const props = Object.fromEntries(Object.entries(link.properties).filter(([k]) => !LOADER_ONLY_LINK_PROPS.has(k)))
  const errors = Value.Errors(rule.properties, props)
  return errors.map((e) => `${where}: properties${e.instancePath} ${e.message}`)
}
