// Gap-analysis indicators and suggestion generators as .cypher files with a header:
//   cypher/indicators/<id>.cypher  (@id @recommendation @title @description @unit @target @direction @evidence [@weight])
//   cypher/suggestions/<id>.cypher (@id @recommendation @title @description)
// Adding an indicator (or a suggestion) is adding a file.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stripHeader } from '../../db/cypher.js'

export type Unit = 'ratio' | 'count' | 'boolean'
export type Direction = 'higher-is-better' | 'lower-is-better'

export interface Indicator {
  id: string
  recommendation: string
  title: string
  description: string
  unit: Unit
  target: number
  direction: Direction
  evidence: string
  weight: number
  cypher: string
  file: string
}

export interface Suggestion { id: string, recommendation: string, title: string, description: string, cypher: string, file: string }

export class IndicatorFileError extends Error {}

const ID = /^[a-z][a-z0-9-]{1,80}$/
const REC = /^R(0[1-9]|1[0-2])$/

function parseHeader (file: string, text: string): { tags: Map<string, string>, body: string } {
  const tags = new Map<string, string>()
  let last: string | null = null
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line.startsWith('//')) break
    const content = line.replace(/^\/\/\s?/, '')
    const tag = /^@(\w+)\s*(.*)$/.exec(content)
    if (tag !== null) {
      last = tag[1]!
      if (tags.has(last)) throw new IndicatorFileError(`${file}: @${last} appears twice`)
      tags.set(last, tag[2]!.trim())
    } else if (last === 'description' || last === 'evidence') {
      tags.set(last, `${tags.get(last)} ${content}`.trim())
    }
  }
  return { tags, body: stripHeader(text) }
}

function need (file: string, tags: Map<string, string>, name: string): string {
  const value = tags.get(name)
  if (value === undefined || value === '') throw new IndicatorFileError(`${file}: @${name} is missing`)
  return value
}

export function parseIndicator (file: string, text: string): Indicator {
  const { tags, body } = parseHeader(file, text)
  const id = need(file, tags, 'id')
  if (!ID.test(id)) throw new IndicatorFileError(`${file}: @id must be lower-case with dashes`)
  const recommendation = need(file, tags, 'recommendation')
  if (!REC.test(recommendation)) throw new IndicatorFileError(`${file}: @recommendation must be R01..R12`)
  const unit = need(file, tags, 'unit') as Unit
  if (!['ratio', 'count', 'boolean'].includes(unit)) throw new IndicatorFileError(`${file}: @unit must be ratio, count or boolean`)
  const direction = need(file, tags, 'direction') as Direction
  if (!['higher-is-better', 'lower-is-better'].includes(direction)) throw new IndicatorFileError(`${file}: @direction must be higher-is-better or lower-is-better`)
  const target = Number(need(file, tags, 'target'))
  if (!Number.isFinite(target) || target < 0) throw new IndicatorFileError(`${file}: @target must be a number >= 0`)
  const weight = Number(tags.get('weight') ?? '1')
  if (!Number.isFinite(weight) || weight <= 0) throw new IndicatorFileError(`${file}: @weight must be a number > 0`)
  if (!/\$country\b/.test(body)) throw new IndicatorFileError(`${file}: the statement must use $country`)
  return {
    id, recommendation, unit, direction, target, weight,
    title: need(file, tags, 'title'),
    description: need(file, tags, 'description'),
    evidence: tags.get('evidence') ?? '',
    cypher: body,
    file
  }
}

export function parseSuggestion (file: string, text: string): Suggestion {
  const { tags, body } = parseHeader(file, text)
  const id = need(file, tags, 'id')
  if (!ID.test(id)) throw new IndicatorFileError(`${file}: @id must be lower-case with dashes`)
  const recommendation = need(file, tags, 'recommendation')
  if (!REC.test(recommendation)) throw new IndicatorFileError(`${file}: @recommendation must be R01..R12`)
  return { id, recommendation, title: need(file, tags, 'title'), description: tags.get('description') ?? '', cypher: body, file }
}

function loadDir<T extends { id: string }> (dir: string, parse: (file: string, text: string) => T): T[] {
  if (!existsSync(dir)) return []
  const items: T[] = []
  const seen = new Set<string>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const item = parse(file, readFileSync(join(dir, file), 'utf8'))
    if (seen.has(item.id)) throw new IndicatorFileError(`${file}: id ${item.id} is used by another file`)
    seen.add(item.id)
    items.push(item)
  }
  return items
}

export interface GapRegistry { indicators: Indicator[], suggestions: Suggestion[] }

export function loadGapRegistry (indicatorsDir: string, suggestionsDir: string): GapRegistry {
  return { indicators: loadDir(indicatorsDir, parseIndicator), suggestions: loadDir(suggestionsDir, parseSuggestion) }
}
