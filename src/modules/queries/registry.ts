// Named queries: each a .cypher file in cypher/queries/ whose header declares its name, title,
// description, parameters (JSON Schema each: type, default, bounds, enum) and an example.
// Adding a query is adding a file; the API lists, shows and runs them with validated parameters.
//
//   // @name heritage-proximity
//   // @title Heritage sites ranked by creative producers nearby
//   // @description One or more lines of prose.
//   // @param hops {"type": "integer", "minimum": 1, "maximum": 4, "default": 2}
//   // @example {"hops": 2}
//   // @note Free text kept with the query (e.g. a deliberate label scan and why).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ValidateFunction } from 'ajv'
import { bodyAjv } from '../../http/validation.js'
import { stripHeader } from '../../db/cypher.js'

export interface NamedQuery {
  name: string
  title: string
  description: string
  params: Record<string, Record<string, unknown>>
  example: Record<string, unknown>
  notes: string[]
  cypher: string
  file: string
  /** the JSON Schema of the parameters object */
  schema: Record<string, unknown>
  validate: ValidateFunction
}

export class QueryFileError extends Error {}

const NAME = /^[a-z][a-z0-9-]{1,63}$/

export function parseQueryFile (file: string, text: string): NamedQuery {
  const fail = (message: string): never => { throw new QueryFileError(`${file}: ${message}`) }
  const header: string[] = []
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('//')) break
    header.push(line.trim().replace(/^\/\/\s?/, ''))
  }
  let name: string | undefined
  let title: string | undefined
  const description: string[] = []
  const notes: string[] = []
  const params: Record<string, Record<string, unknown>> = {}
  let example: Record<string, unknown> = {}
  let last: 'description' | 'note' | null = null
  for (const line of header) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line)
    if (tag === null) {
      if (last === 'description') description.push(line)
      else if (last === 'note') notes[notes.length - 1] += ` ${line}`
      continue
    }
    const [, key, rest] = tag as unknown as [string, string, string]
    last = null
    if (key === 'name') name = rest.trim()
    else if (key === 'title') title = rest.trim()
    else if (key === 'description') { description.push(rest.trim()); last = 'description' } else if (key === 'note') { notes.push(rest.trim()); last = 'note' } else if (key === 'param') {
      const m = /^(\w+)\s+(\{.*\})\s*$/.exec(rest) ?? fail(`@param must be "<name> <JSON Schema>": ${rest}`)
      try { params[m[1]!] = JSON.parse(m[2]!) as Record<string, unknown> } catch { fail(`@param ${m[1]} is not valid JSON`) }
    } else if (key === 'example') {
      try { example = JSON.parse(rest) as Record<string, unknown> } catch { fail('@example is not valid JSON') }
    } else fail(`unknown header tag @${key}`)
  }
  if (name === undefined || !NAME.test(name)) fail('@name is missing or not lower-case-with-dashes')
  if (title === undefined) fail('@title is missing')
  const cypher = stripHeader(text)
  if (cypher.length === 0) fail('no statement after the header')
  for (const p of Object.keys(params)) {
    if (!new RegExp(`\\$${p}\\b`).test(cypher)) fail(`@param ${p} is not used in the statement`)
  }
  const schema = { type: 'object', properties: params, additionalProperties: false }
  let validate: ValidateFunction
  try { validate = bodyAjv.compile(schema) } catch (err) { return fail(`invalid parameter schema: ${(err as Error).message}`) }
  const exampleCopy = structuredClone(example)
  if (!validate(exampleCopy)) fail(`@example does not satisfy the parameters: ${bodyAjv.errorsText(validate.errors)}`)
  return { name: name!, title: title!, description: description.join(' ').trim(), params, example, notes, cypher, file, schema, validate }
}

export function loadQueries (dir: string): Map<string, NamedQuery> {
  const queries = new Map<string, NamedQuery>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const query = parseQueryFile(file, readFileSync(join(dir, file), 'utf8'))
    if (queries.has(query.name)) throw new QueryFileError(`${file}: a query named ${query.name} already exists`)
    queries.set(query.name, query)
  }
  return queries
}

/** Fills defaults and checks bounds; returns the parameters or the validation errors. */
export function bindParameters (query: NamedQuery, given: Record<string, unknown>): { ok: true, params: Record<string, unknown> } | { ok: false, errors: NonNullable<ValidateFunction['errors']> } {
  const params: Record<string, unknown> = structuredClone(given)
  if (!query.validate(params)) return { ok: false, errors: query.validate.errors ?? [] }
  for (const name of Object.keys(query.params)) if (params[name] === undefined) params[name] = null
  return { ok: true, params }
}
