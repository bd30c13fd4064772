// What a report needs besides the analysis: the countries compared, the previous snapshot, names.
import neo4j from 'neo4j-driver'
import type { Node } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { propsToJson } from '../../db/convert.js'
import { COUNTRIES } from '../../domain/model.js'
import { analyseGaps, type GapAnalysis, type GapOptions } from './engine.js'
import type { GapRegistry } from './registry.js'
import type { ReportInput } from './report.js'

export async function countryNames (db: Database): Promise<Record<string, string>> {
  const result = await db.readNamed('countries/list', { includeDeleted: false, ids: null, updatedSince: null, sort: 'id', afterValue: null, afterId: null, limit: neo4j.int(100) })
  return Object.fromEntries(result.records.map((r) => [String((r.get('n') as Node).properties.id), String((r.get('n') as Node).properties.name)]))
}

export async function previousScores (db: Database, country: string | null): Promise<ReportInput['previous']> {
  const result = await db.readNamed('gaps/snapshot-list', { country: country ?? 'region', limit: neo4j.int(1) })
  const node = result.records[0]?.get('s') as Node | undefined
  if (node === undefined) return null
  const p = propsToJson(node.properties) as { takenAt: string, scores: string }
  return { takenAt: p.takenAt, scores: JSON.parse(p.scores) as Record<string, number | null> }
}

/** The five countries analysed with the same options; a country already analysed (the focus) is reused. */
export function compareAll (db: Database, registry: GapRegistry, options: GapOptions, known?: GapAnalysis): Promise<GapAnalysis[]> {
  return Promise.all(COUNTRIES.map((c) => (known?.country === c ? known : analyseGaps(db, registry, c, { ...options, withSuggestions: false }))))
}

export async function reportInput (db: Database, registry: GapRegistry, focus: GapAnalysis, options: GapOptions): Promise<ReportInput> {
  return { focus, comparison: await compareAll(db, registry, options, focus), previous: await previousScores(db, focus.country), countryNames: await countryNames(db) }
}
