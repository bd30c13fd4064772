// Opaque keyset cursors: base64url JSON naming the list, sort and filters it belongs to, so a
// cursor from another list, sort or filter set is refused (400) instead of silently misused.
import { createHash } from 'node:crypto'
import { badRequest } from './problem.js'

export interface CursorPosition { value: string | number | null, id: string }
interface CursorBody { l: string, f: string, v: string | number | null, i: string }

export function filterFingerprint (list: string, filters: Record<string, unknown>): string {
  const stable = Object.keys(filters).sort().map((k) => [k, filters[k] ?? null])
  return createHash('sha1').update(list).update(JSON.stringify(stable)).digest('base64url').slice(0, 12)
}

export function encodeCursor (list: string, fingerprint: string, position: CursorPosition): string {
  const body: CursorBody = { l: list, f: fingerprint, v: position.value, i: position.id }
  return Buffer.from(JSON.stringify(body)).toString('base64url')
}

export function decodeCursor (cursor: string, list: string, fingerprint: string): CursorPosition {
  let body: CursorBody
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorBody
  } catch {
    throw badRequest('cursor is malformed; pass back the nextCursor of a previous page unchanged')
  }
  if (body === null || typeof body !== 'object' || typeof body.i !== 'string' || typeof body.l !== 'string' ||
      !(typeof body.v === 'string' || typeof body.v === 'number' || body.v === null)) {
    throw badRequest('cursor is malformed; pass back the nextCursor of a previous page unchanged')
  }
  if (body.l !== list || body.f !== fingerprint) {
    throw badRequest('cursor belongs to another list, sort or set of filters; start again without a cursor')
  }
  return { value: body.v, id: body.i }
}
