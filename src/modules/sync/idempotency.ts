// Idempotency-Key for sync requests (scoped to the calling API key): the same key with the same
// payload replays the stored response and writes nothing; while the first request still runs: 409;
// the same key with another payload: 422. Records expire after the configured time.
import { createHash } from 'node:crypto'
import type { Database } from '../../db/database.js'
import { HttpProblem } from '../../http/problem.js'

const STALE_SECONDS = 15 * 60

export interface StoredResponse { status: number, body: unknown }

export function requestHash (method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${url}\n`).update(JSON.stringify(body)).digest('hex')
}

export async function withIdempotency (
  db: Database, scope: { apiKeyId: string, key: string, requestHash: string, ttlSeconds: number },
  handler: () => Promise<StoredResponse>
): Promise<StoredResponse & { replayed: boolean }> {
  const begun = await db.writeNamed('idempotency/begin', { ...scope, staleSeconds: STALE_SECONDS })
  const row = begun.records[0]!
  if (row.get('claim') !== true) {
    if (row.get('requestHash') !== scope.requestHash) {
      throw new HttpProblem(422, 'idempotency-key-reused', 'this Idempotency-Key was used with a different request; use a new key for a new request')
    }
    if (row.get('state') === 'running') {
      throw new HttpProblem(409, 'idempotency-key-in-use', 'a request with this Idempotency-Key is still running; retry after it finishes', {}, { 'retry-after': '2' })
    }
    const stored = JSON.parse(String(row.get('response'))) as { problem?: { status: number, slug: string, detail: string, extra: Record<string, unknown> } }
    if (stored.problem !== undefined) {
      const { status, slug, detail, extra } = stored.problem
      throw new HttpProblem(status, slug, detail, extra, { 'idempotency-replayed': 'true' })
    }
    return { status: Number(row.get('status')), body: stored, replayed: true }
  }
  let response: StoredResponse
  try {
    response = await handler()
  } catch (err) {
    // Client errors are answers too: store them, so a retry with the same payload gets the same answer.
    if (err instanceof HttpProblem && err.status < 500) {
      await db.writeNamed('idempotency/finish', { apiKeyId: scope.apiKeyId, key: scope.key, status: err.status, response: JSON.stringify({ problem: { status: err.status, slug: err.slug, detail: err.message, extra: err.extra } }) })
    } else {
      await db.writeNamed('idempotency/abandon', { apiKeyId: scope.apiKeyId, key: scope.key }).catch(() => {})
    }
    throw err
  }
  await db.writeNamed('idempotency/finish', { apiKeyId: scope.apiKeyId, key: scope.key, status: response.status, response: JSON.stringify(response.body) })
  db.writeNamed('idempotency/expire').catch(() => {})
  return { ...response, replayed: false }
}
