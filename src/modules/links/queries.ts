// Reading links: by id, by ends or type, and the links of one node.
import neo4j, { type Relationship } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { cypher } from '../../db/cypher.js'
import { recordChanges } from '../changes/record.js'
import { decodeCursor, encodeCursor, filterFingerprint } from '../../http/cursor.js'
import { badRequest, notFound } from '../../http/problem.js'
import { presentLink } from '../resources/present.js'
import type { LinkJson } from './schemas.js'

type Page<T> = { items: T[], nextCursor: string | null }

function page<T extends { id: string }> (list: string, fingerprint: string, items: T[], limit: number): Page<T> {
  const shown = items.slice(0, limit)
  const last = shown[shown.length - 1]
  return { items: shown, nextCursor: items.length > limit && last !== undefined ? encodeCursor(list, fingerprint, { value: null, id: String(last.id) }) : null }
}

export async function getLink (db: Database, id: string): Promise<LinkJson> {
  const result = await db.readNamed('links/get', { id })
  const record = result.records[0]
  if (record === undefined) throw notFound(`no link with id ${id}`)
  return presentLink(record.get('r') as Relationship, record.get('from'), record.get('to'))
}

export async function listLinks (db: Database, filter: { from?: string, to?: string, type?: string }, limit: number, cursor?: string): Promise<Page<LinkJson>> {
  if (filter.from === undefined && filter.to === undefined && filter.type === undefined) {
    throw badRequest('give at least one of from, to or type')
  }
  const fingerprint = filterFingerprint('links', filter)
  const afterId = cursor === undefined ? null : decodeCursor(cursor, 'links', fingerprint).id
  const statement = filter.from !== undefined ? 'links/list-from' : filter.to !== undefined ? 'links/list-to' : 'links/list-type'
  const result = await db.readNamed(statement, { from: filter.from ?? null, to: filter.to ?? null, type: filter.type ?? null, afterId, limit: neo4j.int(limit + 1) })
  return page('links', fingerprint, result.records.map((r) => presentLink(r.get('r') as Relationship, r.get('from'), r.get('to'))), limit)
}

export async function listLinksOfNode (db: Database, id: string, direction: 'out' | 'in' | 'both', type: string | undefined, limit: number, cursor?: string): Promise<Page<LinkJson & { other: { id: string, labels: string[], name: string | null } }>> {
  const list = `links-of:${id}`
  const fingerprint = filterFingerprint(list, { direction, type: type ?? null })
  const afterId = cursor === undefined ? null : decodeCursor(cursor, list, fingerprint).id
  const result = await db.readNamed('links/of-node', { id, direction, type: type ?? null, afterId, limit: neo4j.int(limit + 1) })
  return page(list, fingerprint, result.records.map((r) => ({ ...presentLink(r.get('r') as Relationship, r.get('from'), r.get('to')), other: r.get('other') as { id: string, labels: string[], name: string | null } })), limit)
}

export async function deleteLink (db: Database, id: string): Promise<void> {
  await db.write(async (tx) => {
    const result = await tx.run(cypher('links/delete'), { id })
    const version = result.records[0]?.get('version')
    if (version === undefined || version === null) throw notFound(`no link with id ${id}`)
    await recordChanges(tx, [{ op: 'delete', id, type: 'Link', version: Number(version) + 1 }])
  })
}
