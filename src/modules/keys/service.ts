// API keys: random secrets (192 bits) shown once, stored as SHA-256 hashes, with a role and, for
// partners, the `source` their sync calls are confined to.
import { createHash, randomBytes } from 'node:crypto'
import type { Node } from 'neo4j-driver'
import type { Database } from '../../db/database.js'
import { propsToJson } from '../../db/convert.js'
import { notFound } from '../../http/problem.js'
import type { Role } from '../../http/route-config.js'

export interface ApiKeyRecord {
  id: string
  name: string
  role: Role
  source: string | null
  prefix: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

export function hashKey (secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

function present (node: Node): ApiKeyRecord {
  const p = propsToJson(node.properties) as Record<string, unknown>
  return {
    id: String(p.id),
    name: String(p.name),
    role: p.role as Role,
    source: (p.source as string | null) ?? null,
    prefix: String(p.prefix),
    createdAt: String(p.createdAt),
    lastUsedAt: (p.lastUsedAt as string | null) ?? null,
    revokedAt: (p.revokedAt as string | null) ?? null
  }
}

export async function createKey (db: Database, input: { name: string, role: Role, source?: string | null }): Promise<{ key: string, record: ApiKeyRecord }> {
  const secret = `cci_${randomBytes(24).toString('base64url')}`
  const id = `key-${randomBytes(6).toString('hex')}`
  const result = await db.writeNamed('keys/create', {
    id, name: input.name, role: input.role, source: input.source ?? null, hash: hashKey(secret), prefix: secret.slice(0, 10)
  })
  return { key: secret, record: present(result.records[0]!.get('k') as Node) }
}

/** The key whose secret hashes to `hash` (hashKey), revoked or not; null when there is none. */
export async function findKeyByHash (db: Database, hash: string): Promise<ApiKeyRecord | null> {
  const result = await db.readNamed('keys/find-by-hash', { hash }, { timeoutMs: 5000 })
  const node = result.records[0]?.get('k') as Node | undefined
  return node === undefined ? null : present(node)
}

export async function listKeys (db: Database): Promise<ApiKeyRecord[]> {
  const result = await db.readNamed('keys/list')
  return result.records.map((r) => present(r.get('k') as Node))
}

export async function revokeKey (db: Database, id: string): Promise<ApiKeyRecord> {
  const result = await db.writeNamed('keys/revoke', { id })
  const node = result.records[0]?.get('k') as Node | undefined
  if (node === undefined) throw notFound(`no API key with id ${id}`)
  return present(node)
}

export async function touchKey (db: Database, id: string): Promise<void> {
  await db.writeNamed('keys/touch', { id })
}
