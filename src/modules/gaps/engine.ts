// The gap analysis: every indicator file evaluated for a country (or the region), turned into an
// attainment 0–1 against its target, averaged (by weight) into a score per recommendation with a
// status; evidence named; suggestion files run for every recommendation not met.
import neo4j from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { toJson } from '../../db/convert.js'
import { RESOURCES_BY_LABEL } from '../resources/definitions.js'
import { kindOf, type PrimaryLabel } from '../../domain/model.js'
import type { GapRegistry, Indicator, Suggestion } from './registry.js'

export type Status = 'met' | 'partial' | 'gap' | 'no-data'

export interface Thresholds { met: number, gap: number }
export const DEFAULT_THRESHOLDS: Thresholds = { met: 0.8, gap: 0.4 }

export interface EvidenceNode { id: string, name: string, kind: string, url: string | null }

export interface IndicatorResult {
  id: string
  title: string
  description: string
  unit: string
  direction: string
  target: number
  weight: number
  value: number | boolean | null
  numerator: number | null
  denominator: number | null
  attainment: number | null
  evidenceNote: string
  evidence: EvidenceNode[]
}

export interface SuggestionResult { id: string, title: string, action: string, reason: string, ids: string[] }

export interface RecommendationResult {
  id: string
  title: string
  score: number | null
  status: Status
  indicators: IndicatorResult[]
  suggestions: SuggestionResult[]
}

export interface GapAnalysis {
  country: string | null
  generatedAt: string
  thresholds: Thresholds
  summary: Record<Status, number>
  recommendations: RecommendationResult[]
}

export interface GapOptions {
  thresholds?: Partial<Thresholds>
  targets?: Record<string, number>
  evidenceLimit?: number
  suggestionLimit?: number
  only?: string
  withSuggestions?: boolean
}

/** How far a value is from its target, 0–1; null when there is no value (no data). */
export function attainment (indicator: Pick<Indicator, 'unit' | 'direction'>, value: number | boolean | null, target: number): number | null {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null
  if (indicator.unit === 'boolean' || typeof value === 'boolean') {
    const good = indicator.direction === 'higher-is-better' ? Boolean(value) : !value
    return good ? 1 : 0
  }
  if (indicator.direction === 'higher-is-better') return target <= 0 ? 1 : Math.max(0, Math.min(1, value / target))
  if (value <= target) return 1
  return target <= 0 ? 0 : Math.max(0, Math.min(1, target / value))
}

export function statusOf (score: number | null, thresholds: Thresholds): Status {
  if (score === null) return 'no-data'
  if (score >= thresholds.met) return 'met'
  if (score < thresholds.gap) return 'gap'
  return 'partial'
}

/** Weighted mean of the attainments that have data; null when none has. */
export function scoreOf (results: Pick<IndicatorResult, 'attainment' | 'weight'>[]): number | null {
  const known = results.filter((r) => r.attainment !== null)
  const weights = known.reduce((sum, r) => sum + r.weight, 0)
  if (known.length === 0 || weights === 0) return null
  return Math.round((known.reduce((sum, r) => sum + r.attainment! * r.weight, 0) / weights) * 1000) / 1000
}

const round = (n: number) => Math.round(n * 10_000) / 10_000

function numberOrNull (value: unknown): number | null {
  const v = toJson(value)
  return typeof v === 'number' ? v : v === null ? null : Number(v)
}

async function runIndicator (db: Database, indicator: Indicator, country: string | null, evidenceLimit: number) {
  const result = await db.read((tx) => tx.run(indicator.cypher, { country, evidenceLimit: neo4j.int(evidenceLimit) }), { timeoutMs: 60_000 })
  const row = result.records[0]
  if (row === undefined) return { value: null, numerator: null, denominator: null, evidence: [] as string[] }
  const raw = toJson(row.get('value'))
  const value = typeof raw === 'boolean' ? raw : raw === null ? null : Number(raw)
  return {
    value: typeof value === 'number' ? round(value) : value,
    numerator: numberOrNull(row.has('numerator') ? row.get('numerator') : null),
    denominator: numberOrNull(row.has('denominator') ? row.get('denominator') : null),
    evidence: ((toJson(row.has('evidence') ? row.get('evidence') : []) ?? []) as string[]).slice(0, evidenceLimit)
  }
}

async function runSuggestion (db: Database, suggestion: Suggestion, country: string | null, limit: number): Promise<SuggestionResult[]> {
  const result = await db.read((tx) => tx.run(suggestion.cypher, { country, limit: neo4j.int(limit) }), { timeoutMs: 60_000 })
  return result.records.map((r) => ({
    id: suggestion.id,
    title: suggestion.title,
    action: String(r.get('action')),
    reason: String(r.get('reason')),
    ids: ((toJson(r.get('ids')) ?? []) as string[])
  }))
}

/** Runs tasks with at most `width` at a time (each task is one read transaction). */
async function pool<T, R> (items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}

function urlOf (labels: string[], id: string): string | null {
  for (const label of labels) {
    const def = RESOURCES_BY_LABEL.get(label as PrimaryLabel)
    if (def !== undefined) return `/${def.path}/${encodeURIComponent(id)}`
  }
  return null
}

async function nameEvidence (db: Database, ids: string[]): Promise<Map<string, EvidenceNode>> {
  if (ids.length === 0) return new Map()
  const result = await db.readNamed('gaps/evidence-nodes', { ids: [...new Set(ids)] })
  return new Map(result.records.map((r) => {
    const labels = r.get('labels') as string[]
    const id = String(r.get('id'))
    return [id, { id, name: String(r.get('name')), kind: kindOf(labels), url: urlOf(labels, id) }]
  }))
}

export async function analyseGaps (db: Database, registry: GapRegistry, country: string | null, options: GapOptions = {}): Promise<GapAnalysis> {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds }
  const evidenceLimit = options.evidenceLimit ?? 10
  const recs = (await db.readNamed('gaps/recommendations')).records
    .map((r) => ({ id: String(r.get('id')), title: String(r.get('title')) }))
    .filter((r) => options.only === undefined || r.id === options.only)
  const indicators = registry.indicators.filter((i) => recs.some((r) => r.id === i.recommendation))
  const raw = await pool(indicators, 4, (i) => runIndicator(db, i, country, evidenceLimit))
  const names = await nameEvidence(db, raw.flatMap((r) => r.evidence))

  const results: IndicatorResult[] = indicators.map((indicator, k) => {
    const r = raw[k]!
    const target = options.targets?.[indicator.id] ?? indicator.target
    return {
      id: indicator.id,
      title: indicator.title,
      description: indicator.description,
      unit: indicator.unit,
      direction: indicator.direction,
      target,
      weight: indicator.weight,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      attainment: attainment(indicator, r.value, target),
      evidenceNote: indicator.evidence,
      evidence: r.evidence.map((id) => names.get(id) ?? { id, name: id, kind: 'unknown', url: null })
    }
  })

  const recommendations: RecommendationResult[] = recs.map((rec) => {
    const own = results.filter((_r, k) => indicators[k]!.recommendation === rec.id)
    const score = scoreOf(own)
    return { id: rec.id, title: rec.title, score, status: statusOf(score, thresholds), indicators: own, suggestions: [] }
  })

  if (options.withSuggestions !== false) {
    const wanted = registry.suggestions.filter((s) => recommendations.some((r) => r.id === s.recommendation && r.status !== 'met'))
    const found = await pool(wanted, 4, (s) => runSuggestion(db, s, country, options.suggestionLimit ?? 5))
    wanted.forEach((s, k) => { recommendations.find((r) => r.id === s.recommendation)!.suggestions.push(...found[k]!) })
  }

  const summary: Record<Status, number> = { met: 0, partial: 0, gap: 0, 'no-data': 0 }
  for (const r of recommendations) summary[r.status]++
  return { country, generatedAt: new Date().toISOString(), thresholds, summary, recommendations }
}
