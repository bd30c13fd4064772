// Partner sync: validate every record (schema, references, triples), then upsert the valid ones
// in one transaction keyed by (source, externalId). Atomic mode writes all or nothing; partial
// mode writes the valid ones and reports the rest; dry run reports what would change.
import { createHash } from 'node:crypto'
import type { ManagedTransaction } from 'neo4j-driver'
import type { ValidateFunction } from 'ajv'
import type { Database } from '../../db/database.js'
import { cypher } from '../../db/cypher.js'
import { REL_RULES_BY_TYPE, STAKEHOLDER_KINDS, describeTriples, matchesAny, type RelType } from '../../domain/model.js'
import { HttpProblem, notFound, type ProblemError } from '../../http/problem.js'
import { bodyAjv } from '../../http/validation.js'
import { validationErrors } from '../../plugins/errors.js'
import { contentHash } from '../../seed/graph-file.js'
import { recordChanges } from '../changes/record.js'
import { endpoints, propertyValidator } from '../links/service.js'
import { LinkRecord, MANAGED_TYPES_BY_LABEL, REF_FIELDS, nodeDef, recordSchema, type SyncableKind, type SyncableNodeKind } from './records.js'

export type SyncMode = 'atomic' | 'partial'
export type RecordStatus = 'created' | 'updated' | 'unchanged'

export interface RecordError { index: number, externalId: string | null, errors: ProblemError[] }
export interface RecordResult { index: number, externalId: string | null, id: string, status: RecordStatus, version: number | null }
export interface SyncReport {
  source: string
  kind: SyncableKind
  mode: SyncMode
  dryRun: boolean
  received: number
  created: number
  updated: number
  unchanged: number
  failed: number
  records: RecordResult[]
  errors: RecordError[]
}

interface NodeRow { index: number, id: string, externalId: string, labels: string[], props: Record<string, unknown>, location: unknown, links: { id: string, type: string, to: string }[], hash: string }
interface LinkRow { index: number, id: string, externalId: string | null, from: string, type: string, to: string, props: Record<string, unknown>, hash: string }

const validators = new Map<SyncableKind, ValidateFunction>()
function validatorFor (kind: SyncableKind): ValidateFunction {
  let v = validators.get(kind)
  if (v === undefined) {
    v = bodyAjv.compile(kind === 'links' ? LinkRecord : recordSchema(kind))
    validators.set(kind, v)
  }
  return v
}

function digest (...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').replace(/[_-]/g, 'x').slice(0, 22)
}

/** The atlas id of a partner record: derived from its key, so every upsert of it lands on one node. */
export function syncedId (kind: SyncableNodeKind, source: string, externalId: string): string {
  return `${nodeDef(kind).idPrefix}-${digest(source, externalId)}`
}

function externalIdOf (record: unknown): string | null {
  const value = (record as { externalId?: unknown } | null)?.externalId
  return typeof value === 'string' ? value : null
}

function schemaErrors (kind: SyncableKind, records: unknown[]): Map<number, ProblemError[]> {
  const validate = validatorFor(kind)
  const errors = new Map<number, ProblemError[]>()
  records.forEach((record, index) => {
    if (!validate(record)) errors.set(index, validationErrors(validate.errors ?? [], 'body'))
  })
  return errors
}

function addError (errors: Map<number, ProblemError[]>, index: number, error: ProblemError) {
  errors.set(index, [...(errors.get(index) ?? []), error])
}

function duplicateKeys (records: unknown[], errors: Map<number, ProblemError[]>) {
  const seen = new Map<string, number>()
  records.forEach((record, index) => {
    const key = externalIdOf(record)
    if (key === null || errors.has(index)) return
    const first = seen.get(key)
    if (first !== undefined) addError(errors, index, { in: 'body', pointer: '/externalId', message: `the same externalId as record ${first}; send each record once per batch` })
    else seen.set(key, index)
  })
}

// ---- nodes -------------------------------------------------------------------------------

async function nodeRows (tx: ManagedTransaction, kind: SyncableNodeKind, source: string, records: Record<string, unknown>[], errors: Map<number, ProblemError[]>): Promise<NodeRow[]> {
  const def = nodeDef(kind)
  const refs = REF_FIELDS[kind]
  const ids = records.flatMap((r, i) => (errors.has(i) ? [] : refs.flatMap((f) => [r[f.field]].flat().filter((x): x is string => typeof x === 'string'))))
  const found = await endpoints(tx, ids)
  const rows: NodeRow[] = []
  records.forEach((record, index) => {
    if (errors.has(index)) return
    const externalId = String(record.externalId)
    const id = syncedId(kind, source, externalId)
    const labels = [def.label, ...(def.kindLabels !== undefined ? [String(record.kind)] : []), ...(kind === 'destinations' && (record.kinds as string[]).includes('heritage_site') ? ['HeritageSite'] : [])]
    const links: NodeRow['links'] = []
    for (const ref of refs) {
      const values = [record[ref.field]].flat().filter((x): x is string => typeof x === 'string')
      values.forEach((to, i) => {
        const target = found.get(to)
        const pointer = ref.many ? `/${ref.field}/${i}` : `/${ref.field}`
        if (target === undefined) { addError(errors, index, { in: 'body', pointer, message: `no node with id ${to}` }); return }
        const rule = REL_RULES_BY_TYPE.get(ref.type)!
        if (!matchesAny(target.labels, rule.to) || !matchesAny(labels, rule.from) || !target.labels.includes(ref.label)) {
          addError(errors, index, { in: 'body', pointer, message: `${to} is a ${target.labels.join(':')}, not a ${ref.label.toLowerCase()}` })
          return
        }
        links.push({ id: `l-${digest(id, ref.type, to)}`, type: ref.type, to })
      })
    }
    if (errors.has(index)) return
    const props: Record<string, unknown> = {}
    for (const key of Object.keys(def.fields)) {
      if (key === 'location' || (key === 'kind' && def.kindLabels !== undefined)) continue
      if (record[key] !== undefined) props[key] = record[key]
    }
    links.sort((a, b) => (a.id < b.id ? -1 : 1))
    const location = record.location ?? null
    rows.push({ index, id, externalId, labels, props, location, links, hash: contentHash({ labels, props, location, links }) })
  })
  return rows
}

// ---- links -------------------------------------------------------------------------------

type Ref = { id: string } | { externalId: string, source?: string }
/** A resolved link end; `synced`: a partner record, whose record manages some of its links. */
interface End { id: string, labels: string[], synced: boolean }

/** A partner record's managed links come from its record: a link record of such a type would be dropped when the record next changes. */
function managedBy (from: End, type: RelType): string | undefined {
  if (!from.synced) return undefined
  const label = from.labels.find((l) => MANAGED_TYPES_BY_LABEL.get(l)?.has(type) === true)
  if (label === undefined) return undefined
  const kind = (Object.keys(REF_FIELDS) as SyncableNodeKind[]).find((k) => nodeDef(k).label === label)!
  const fields = REF_FIELDS[kind].filter((f) => f.type === type).map((f) => f.field)
  return `${type} links of a synced ${nodeDef(kind).singular} come from its record (${fields.join(' or ')}); send them there, not as link records`
}

async function linkRows (tx: ManagedTransaction, source: string, records: Record<string, unknown>[], errors: Map<number, ProblemError[]>): Promise<LinkRow[]> {
  const partnerRefs = records.flatMap((r, i) => (errors.has(i) ? [] : [r.from, r.to] as Ref[]))
    .filter((ref): ref is { externalId: string, source?: string } => 'externalId' in ref)
    .map((ref) => ({ source: ref.source ?? source, externalId: ref.externalId }))
  const resolved = new Map<string, End>()
  if (partnerRefs.length > 0) {
    const result = await tx.run(cypher('sync/resolve-refs'), { refs: partnerRefs })
    for (const r of result.records) resolved.set(`${r.get('source')}\u0000${r.get('externalId')}`, { id: r.get('id'), labels: r.get('labels'), synced: true })
  }
  const atlasIds = records.flatMap((r, i) => (errors.has(i) ? [] : [r.from, r.to] as Ref[])).filter((ref): ref is { id: string } => 'id' in ref).map((ref) => ref.id)
  const found = new Map<string, End>()
  if (atlasIds.length > 0) {
    const result = await tx.run(cypher('sync/endpoints'), { ids: [...new Set(atlasIds)] })
    for (const r of result.records) found.set(r.get('id'), { id: r.get('id'), labels: r.get('labels'), synced: r.get('synced') })
  }
  const resolve = (ref: Ref): End | undefined => ('id' in ref ? found.get(ref.id) : resolved.get(`${ref.source ?? source}\u0000${ref.externalId}`))

  const rows: LinkRow[] = []
  const firstIndexOf = new Map<string, number>()
  records.forEach((record, index) => {
    if (errors.has(index)) return
    const type = record.type as RelType
    const rule = REL_RULES_BY_TYPE.get(type)!
    const from = resolve(record.from as Ref)
    const to = resolve(record.to as Ref)
    if (from === undefined) addError(errors, index, { in: 'body', pointer: '/from', message: `no record ${JSON.stringify(record.from)}` })
    if (to === undefined) addError(errors, index, { in: 'body', pointer: '/to', message: `no record ${JSON.stringify(record.to)}` })
    if (from === undefined || to === undefined) return
    if (!matchesAny(from.labels, rule.from) || !matchesAny(to.labels, rule.to)) {
      addError(errors, index, { in: 'body', pointer: '/type', message: `(${from.labels.join(':')})-[:${type}]->(${to.labels.join(':')}) is not allowed; ${type} joins ${describeTriples(rule).join(' or ')}` })
      return
    }
    const managed = managedBy(from, type)
    if (managed !== undefined) {
      addError(errors, index, { in: 'body', pointer: '/type', message: managed })
      return
    }
    const props = (record.properties ?? {}) as Record<string, unknown>
    const validate = propertyValidator(type)
    if (!validate(props)) {
      for (const e of validationErrors(validate.errors ?? [], 'body')) addError(errors, index, { ...e, pointer: `/properties${e.pointer === '/' ? '' : e.pointer}` })
      return
    }
    const id = `l-${digest(source, from.id, type, to.id, String(props.productId ?? ''))}`
    const first = firstIndexOf.get(id)
    if (first !== undefined) {
      addError(errors, index, { in: 'body', pointer: '/', message: `the same link as record ${first}; send each link once per batch` })
      return
    }
    firstIndexOf.set(id, index)
    rows.push({ index, id, externalId: externalIdOf(record), from: from.id, type, to: to.id, props, hash: contentHash({ from: from.id, type, to: to.id, props }) })
  })
  return rows
}

// ---- the batch ---------------------------------------------------------------------------

export async function syncBatch (db: Database, kind: SyncableKind, source: string, records: unknown[], options: { mode: SyncMode, dryRun: boolean }): Promise<SyncReport> {
  const errors = schemaErrors(kind, records)
  if (kind !== 'links') duplicateKeys(records, errors)
  const run = options.dryRun ? db.read.bind(db) : db.write.bind(db)
  const results = await run(async (tx) => {
    const local = new Map(errors)
    const objects = records as Record<string, unknown>[]
    const rows: (NodeRow | LinkRow)[] = kind === 'links' ? await linkRows(tx, source, objects, local) : await nodeRows(tx, kind, source, objects, local)
    if (local.size > 0 && options.mode === 'atomic') return { local, written: [] as RecordResult[] }
    rows.sort((a, b) => (a.id < b.id ? -1 : 1)) // same lock order in every batch: no deadlocks between partners
    const statement = `sync/${options.dryRun ? 'preview' : 'upsert'}-${kind === 'links' ? 'links' : 'nodes'}`
    const params = kind === 'links' ? { rows, source } : { rows, source, kindLabels: [...STAKEHOLDER_KINDS, 'HeritageSite'], managedTypes: [...new Set(REF_FIELDS[kind].map((f) => f.type))] }
    const result = rows.length === 0 ? { records: [] } : await tx.run(cypher(statement), params)
    const written: RecordResult[] = result.records.map((r) => ({
      index: Number(r.get('index')),
      externalId: r.get('externalId') as string | null,
      id: r.get('id') as string,
      status: r.get('status') as RecordStatus,
      version: r.get('version') === null ? null : Number(r.get('version'))
    }))
    if (!options.dryRun) {
      const type = kind === 'links' ? 'Link' : nodeDef(kind).label
      await recordChanges(tx, written.filter((w) => w.status !== 'unchanged').map((w) => ({
        op: w.status === 'created' ? 'create' as const : 'update' as const, id: w.id, type, version: w.version ?? 1, source, externalId: w.externalId
      })))
    }
    return { local, written }
  }, { timeoutMs: 120_000 })

  const recordErrors: RecordError[] = [...results.local.entries()].sort(([a], [b]) => a - b)
    .map(([index, errs]) => ({ index, externalId: externalIdOf(records[index]), errors: errs }))
  const written = results.written.sort((a, b) => a.index - b.index)
  const report: SyncReport = {
    source,
    kind,
    mode: options.mode,
    dryRun: options.dryRun,
    received: records.length,
    created: written.filter((w) => w.status === 'created').length,
    updated: written.filter((w) => w.status === 'updated').length,
    unchanged: written.filter((w) => w.status === 'unchanged').length,
    failed: recordErrors.length,
    records: written,
    errors: recordErrors
  }
  if (options.mode === 'atomic' && recordErrors.length > 0) {
    throw new HttpProblem(400, 'invalid-records', `${recordErrors.length} of ${records.length} records are invalid; nothing was written (atomic mode)`, { ...report, created: 0, updated: 0, unchanged: 0, records: [] })
  }
  return report
}

export async function tombstone (db: Database, kind: SyncableNodeKind, source: string, externalId: string): Promise<{ id: string, version: number }> {
  const def = nodeDef(kind)
  return db.write(async (tx) => {
    const result = await tx.run(cypher('sync/tombstone'), { source, externalId, label: def.label })
    const record = result.records[0]
    if (record === undefined) throw notFound(`source ${source} has no ${def.singular} ${externalId}`)
    const id = String(record.get('id'))
    const version = Number(record.get('version'))
    await recordChanges(tx, [{ op: 'delete', id, type: def.label, version, source, externalId }])
    return { id, version }
  })
}
