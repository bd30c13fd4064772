// The file import behind `npm run import`: streams a partner file in batches through the sync
// service (the same code path as POST /sync/{source}/{kind}), checkpoints after every committed
// batch, resumes from the checkpoint after an interruption, waits out database outages, and
// writes rejected rows with their reasons to an error file.
import { appendFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import type { Database } from '../db/database.js'
import { retryWhileUnavailable } from '../db/retry.js'
import { syncBatch } from '../modules/sync/service.js'
import type { SyncKind } from '../modules/sync/records.js'
import { countRecords, readRecords } from './records.js'

export interface ImportOptions {
  file: string
  source: string
  kind: SyncKind
  batchSize: number
  /** how long to keep retrying a batch while the database is unavailable */
  retryForMs: number
  restart?: boolean
  onProgress?: (done: number, total: number) => void
  log?: (line: string) => void
}

export interface ImportSummary { total: number, skipped: number, created: number, updated: number, unchanged: number, failed: number, seconds: number, resumedFrom: number }

interface Checkpoint { file: string, size: number, mtimeMs: number, source: string, kind: string, batchSize: number, committedRecords: number, summary: ImportSummary, completed: boolean }

export const stateFileOf = (file: string) => `${file}.import-state.json`
export const errorFileOf = (file: string) => `${file}.errors.ndjson`

function readCheckpoint (options: ImportOptions): Checkpoint | null {
  const path = stateFileOf(options.file)
  if (options.restart || !existsSync(path)) return null
  const state = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint
  const stat = statSync(options.file)
  const same = state.size === stat.size && state.mtimeMs === stat.mtimeMs && state.source === options.source && state.kind === options.kind && state.batchSize === options.batchSize
  return same ? state : null
}

function writeCheckpoint (options: ImportOptions, state: Checkpoint) {
  const path = stateFileOf(options.file)
  writeFileSync(`${path}.tmp`, JSON.stringify(state, null, 2))
  renameSync(`${path}.tmp`, path) // atomic: a crash leaves the old or the new checkpoint, never half of one
}

export async function importFile (db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now()
  const stat = statSync(options.file)
  const previous = readCheckpoint(options)
  if (previous?.completed) {
    options.log?.('this file was already imported completely (use --restart to import it again)')
    return previous.summary
  }
  const total = await countRecords(options.file, options.kind)
  const state: Checkpoint = previous ?? {
    file: options.file, size: stat.size, mtimeMs: stat.mtimeMs, source: options.source, kind: options.kind, batchSize: options.batchSize,
    committedRecords: 0, completed: false,
    summary: { total, skipped: 0, created: 0, updated: 0, unchanged: 0, failed: 0, seconds: 0, resumedFrom: 0 }
  }
  if (previous === null) writeFileSync(errorFileOf(options.file), '')
  const skip = state.committedRecords
  state.summary.resumedFrom = skip
  if (skip > 0) options.log?.(`resuming after ${skip} records already committed`)

  let batch: { line: number, record: unknown }[] = []
  let seen = 0
  const flush = async () => {
    if (batch.length === 0) return
    const report = await retryWhileUnavailable(() => syncBatch(db, options.kind, options.source, batch.map((b) => b.record), { mode: 'partial', dryRun: false }), options)
    for (const e of report.errors) {
      appendFileSync(errorFileOf(options.file), `${JSON.stringify({ line: batch[e.index]!.line, externalId: e.externalId, errors: e.errors })}\n`)
    }
    state.summary.created += report.created
    state.summary.updated += report.updated
    state.summary.unchanged += report.unchanged
    state.summary.failed += report.failed
    state.committedRecords = seen
    writeCheckpoint(options, state)
    batch = []
  }

  for await (const item of readRecords(options.file, options.kind)) {
    seen++
    if (seen <= skip) continue
    if (item.problem !== undefined) {
      appendFileSync(errorFileOf(options.file), `${JSON.stringify({ line: item.line, externalId: null, errors: [{ pointer: '/', message: item.problem }] })}\n`)
      state.summary.failed++
    }
    else batch.push(item)
    if (batch.length >= options.batchSize) {
      await flush()
      options.onProgress?.(seen, total)
    }
  }
  await flush()
  options.onProgress?.(total, total)
  state.summary.skipped = skip
  state.summary.seconds = Math.round((Date.now() - started) / 100) / 10
  state.completed = true
  writeCheckpoint(options, state)
  return state.summary
}
