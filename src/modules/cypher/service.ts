// Runs an analyst's Cypher: the guard's layers (guard.ts), then the query itself in a READ
// transaction with a server-side timeout, streamed with a row cap and a byte cap so a huge result
// is cut, not buffered. The query text is passed to Neo4j as-is (after `EXPLAIN ` for the check);
// values only ever travel as parameters.
import neo4j, { Neo4jError, type Record as Neo4jRecord, type Session, type Transaction } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { toJson, type Json } from '../../db/convert.js'
import { isDbTimeout, isDbUnavailable } from '../../db/errors.js'
import { HttpProblem } from '../../http/problem.js'
import { checkExplain, checkText, type Refusal } from './guard.js'

export interface CypherLimits {
  timeoutMs: number
  maxRows: number
  maxBytes: number
  /** how long after timeoutMs the API stops waiting for the server to give up */
  graceMs: number
}

export interface CypherInput {
  query: string
  parameters?: Record<string, unknown>
  requestId?: string
  keyId?: string
}

export interface CypherResult {
  columns: string[]
  rows: Json[][]
  rowCount: number
  truncated: boolean
  truncatedBy?: 'rows' | 'bytes'
  elapsedMs: number
  queryType: 'r'
}

const EXPLAIN_PREFIX = 'EXPLAIN '
const RETRY_AFTER = { 'retry-after': '5' }
const FETCH_SIZE = 500

export function refusalProblem (refusal: Refusal): HttpProblem {
  return new HttpProblem(refusal.status, refusal.status === 403 ? 'cypher-refused' : 'invalid-cypher', refusal.detail, { reason: refusal.reason })
}

function timeoutProblem (timeoutMs: number): HttpProblem {
  return new HttpProblem(503, 'query-timeout',
    `the query took longer than ${timeoutMs} ms; narrow it (fewer hops, a LIMIT) or allow more time with timeoutMs`,
    { reason: 'timeout', timeoutMs }, RETRY_AFTER)
}

/** JSON whole numbers become Cypher INTEGERs (so `LIMIT $n` works); everything else as sent. */
export function toParameters (value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value
  if (Array.isArray(value)) return value.map(toParameters)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParameters(v)]))
  }
  return value
}

/**
 * Neo4j quotes the statement in syntax errors; ours starts with `EXPLAIN `, which the analyst did
 * not write, so positions on line 1 and the quoted excerpt are shifted back.
 */
export function unprefixMessage (message: string): string {
  const shift = EXPLAIN_PREFIX.length
  let out = message.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_m, line: string, column: string, offset: string) => {
    const col = line === '1' ? Math.max(1, Number(column) - shift) : Number(column)
    return `(line ${line}, column ${col} (offset: ${Math.max(0, Number(offset) - shift)}))`
  })
  const lines = out.split('\n')
  const quoted = lines.findIndex((l) => l.startsWith(`"${EXPLAIN_PREFIX}`))
  if (quoted !== -1) {
    lines[quoted] = `"${lines[quoted]!.slice(1 + shift)}`
    const caret = lines[quoted + 1]
    if (caret !== undefined && /^\s*\^\s*$/.test(caret)) lines[quoted + 1] = caret.slice(Math.min(shift, caret.indexOf('^')))
    out = lines.join('\n')
  }
  return out.length > 2000 ? `${out.slice(0, 2000)}…` : out
}

/** Driver errors an analyst can act on become 400/403; unavailability and timeouts 503; the rest is rethrown (500, logged). */
function mapError (err: unknown, timeoutMs: number, explaining: boolean): unknown {
  if (err instanceof HttpProblem || isDbUnavailable(err)) return err
  if (isDbTimeout(err)) return timeoutProblem(timeoutMs)
  if (!(err instanceof Neo4jError)) return err
  const code = err.code ?? ''
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return refusalProblem({ status: 403, reason: 'write', detail: 'the query tried to write; analyst queries are read-only' })
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return refusalProblem({ status: 403, reason: 'forbidden-by-database', detail: 'the database refused the query' })
  }
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimit/.test(code)) {
    return new HttpProblem(503, 'query-memory', 'the query needed more memory than allowed; narrow it (fewer hops, a LIMIT, less aggregation)', { reason: 'memory' }, RETRY_AFTER)
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    const detail = explaining ? unprefixMessage(err.message) : err.message.slice(0, 2000)
    return new HttpProblem(400, 'invalid-cypher', detail, { reason: explaining ? 'syntax' : 'runtime', neo4jCode: code })
  }
  return err
}

function readSession (db: Database): Session {
  return db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE })
}

/** Layers 1–3: refuses (throws) or returns. */
export async function guardQuery (db: Database, query: string, parameters: Record<string, unknown>, timeoutMs: number): Promise<void> {
  const textRefusal = checkText(query)
  if (textRefusal !== null) throw refusalProblem(textRefusal)
  const session = readSession(db)
  try {
    // Auto-commit, so that EXPLAIN of CALL { } IN TRANSACTIONS is planned (and refused by the plan check).
    const result = await session.run(EXPLAIN_PREFIX + query, parameters, { timeout: timeoutMs, metadata: { app: 'cci-atlas', kind: 'analyst-cypher-explain' } })
    const refusal = checkExplain({ queryType: result.summary.queryType, plan: result.summary.plan }, db.name)
    if (refusal !== null) throw refusalProblem(refusal)
  } catch (err) {
    throw mapError(err, timeoutMs, true)
  } finally {
    await session.close()
  }
}

function rowOf (record: Neo4jRecord, columns: string[]): Json[] {
  return columns.map((c) => toJson(record.get(c)))
}

/** Layers 4–5: the read transaction, streamed with caps. */
async function stream (tx: Transaction, query: string, parameters: Record<string, unknown>, limits: CypherLimits) {
  const result = tx.run(query, parameters)
  const columns = await result.keys() as string[]
  const rows: Json[][] = []
  let bytes = 2
  let truncatedBy: 'rows' | 'bytes' | undefined
  for await (const record of result) {
    if (rows.length >= limits.maxRows) { truncatedBy = 'rows'; break }
    const row = rowOf(record, columns)
    const size = Buffer.byteLength(JSON.stringify(row)) + 1
    if (bytes + size > limits.maxBytes) { truncatedBy = 'bytes'; break }
    bytes += size
    rows.push(row)
  }
  // Leaving the loop early discards the rest of the stream on the server.
  return { columns, rows, truncatedBy }
}

export async function runAnalystCypher (db: Database, input: CypherInput, limits: CypherLimits): Promise<CypherResult> {
  const started = performance.now()
  const parameters = toParameters(input.parameters ?? {}) as Record<string, unknown>
  await guardQuery(db, input.query, parameters, limits.timeoutMs)

  const session = readSession(db)
  let tx: Transaction | undefined
  let timer: NodeJS.Timeout | undefined
  let expired = false
  const cleanup = async () => {
    try { if (tx?.isOpen() === true) await tx.rollback() } catch { /* the server may already have ended it */ }
    try { await session.close() } catch { /* nothing left to release */ }
  }
  const work = (async () => {
    tx = await session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: 'cci-atlas', kind: 'analyst-cypher', requestId: input.requestId ?? '', keyId: input.keyId ?? '' }
    })
    return stream(tx, input.query, parameters, limits)
  })()
  // The server enforces the transaction timeout, but only checks it every so often: the API
  // stops waiting a little after the limit however the server behaves, and answers 503.
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { expired = true; reject(timeoutProblem(limits.timeoutMs)) }, limits.timeoutMs + limits.graceMs)
  })
  try {
    const { columns, rows, truncatedBy } = await Promise.race([work, deadline])
    return {
      columns,
      rows,
      rowCount: rows.length,
      truncated: truncatedBy !== undefined,
      ...(truncatedBy !== undefined ? { truncatedBy } : {}),
      elapsedMs: Math.round((performance.now() - started) * 10) / 10,
      queryType: 'r'
    }
  } catch (err) {
    throw mapError(err, limits.timeoutMs, false)
  } finally {
    clearTimeout(timer)
    if (expired) {
      // Do not hold the answer for the server: release in the background.
      work.catch(() => {})
      void cleanup()
    } else {
      await cleanup()
    }
  }
}
