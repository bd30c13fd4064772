// Loads data/reference (and, on request, data/sample) into the graph: validated first, then
// upserted in batches by id. Idempotent: a second run creates nothing and bumps no version.
import { join } from 'node:path'
import type { Database } from '../db/database.js'
import { cypher } from '../db/cypher.js'
import { dataDir } from '../paths.js'
import { recordChanges, type ChangeOp } from '../modules/changes/record.js'
import { contentHash, readGraphDir, validateFragment, type Fragment } from './graph-file.js'

const BATCH = 1000

export class SeedError extends Error {
  constructor (readonly problems: string[]) {
    super(`the data files are not valid (${problems.length} problems):\n  ${problems.slice(0, 20).join('\n  ')}`)
  }
}

export interface SeedReport { nodes: { created: number, updated: number, unchanged: number }, links: { created: number, updated: number, unchanged: number } }

export function readSeedData (options: { sample: boolean, dir?: string }): Fragment {
  const base = options.dir ?? dataDir
  const reference = readGraphDir(join(base, 'reference'))
  if (!options.sample) return reference
  const sample = readGraphDir(join(base, 'sample'), (f) => f === 'ecosystem.json')
  return { nodes: [...reference.nodes, ...sample.nodes], links: [...reference.links, ...sample.links] }
}

export async function seed (db: Database, fragment: Fragment): Promise<SeedReport> {
  const problems = validateFragment(fragment, await existingLabels(db, fragment))
  if (problems.length > 0) throw new SeedError(problems)
  const nodes = await upsertInBatches(db, 'seed/upsert-nodes', fragment.nodes.map((n) => {
    const { location, ...props } = n.properties
    return { id: n.id, labels: n.labels, props, location: location ?? null, hash: contentHash({ labels: n.labels, props: n.properties }) }
  }))
  const links = await upsertInBatches(db, 'seed/upsert-links', fragment.links.map((l) => ({
    id: l.id, from: l.from, to: l.to, type: l.type, props: l.properties, hash: contentHash({ from: l.from, type: l.type, to: l.to, props: l.properties })
  })))
  await pruneSample(db, fragment)
  return { nodes, links }
}

/** Sample records that left the file (a regenerated sample) leave the graph too. */
async function pruneSample (db: Database, fragment: Fragment): Promise<void> {
  const sampleNodes = fragment.nodes.filter((n) => n.properties.sample === true).map((n) => n.id)
  const sampleLinks = fragment.links.filter((l) => l.properties.sample === true).map((l) => l.id)
  if (sampleNodes.length === 0) return
  for (const [statement, ids] of [['seed/prune-sample-links', sampleLinks], ['seed/prune-sample-nodes', sampleNodes]] as const) {
    await db.write(async (tx) => {
      const result = await tx.run(cypher(statement), { ids })
      const changes = ((result.records[0]?.get('changes') ?? []) as { id: string, type: string, version: unknown, op: ChangeOp }[])
        .map((c) => ({ ...c, version: Number(c.version) }))
      await recordChanges(tx, changes)
    }, { timeoutMs: 120_000 })
  }
}

/** Link ends that are not in the files may already be in the graph (e.g. reference nodes). */
async function existingLabels (db: Database, fragment: Fragment): Promise<Map<string, string[]>> {
  const inFiles = new Set(fragment.nodes.map((n) => n.id))
  const outside = [...new Set(fragment.links.flatMap((l) => [l.from, l.to]))].filter((id) => !inFiles.has(id))
  if (outside.length === 0) return new Map()
  const result = await db.readNamed<{ id: string, labels: string[] }>('seed/labels-of', { ids: outside })
  return new Map(result.records.map((r) => [r.get('id'), r.get('labels').filter((l) => l !== 'Entity')]))
}

async function upsertInBatches (db: Database, statement: string, rows: Record<string, unknown>[]) {
  const text = cypher(statement)
  let created = 0
  let updated = 0
  // Sorted by id: concurrent writers then take locks in the same order (no deadlocks).
  rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH)
    const changed = await db.write(async (tx) => {
      const result = await tx.run(text, { rows: batch })
      const list = ((result.records[0]?.get('changed') ?? []) as { id: string, type: string, version: unknown, op: ChangeOp }[])
        .map((c) => ({ ...c, version: Number(c.version) }))
      await recordChanges(tx, list)
      return list
    }, { timeoutMs: 120_000 })
    created += changed.filter((c) => c.op === 'create').length
    updated += changed.filter((c) => c.op === 'update').length
  }
  return { created, updated, unchanged: rows.length - created - updated }
}

export async function countEntities (db: Database): Promise<number> {
  const result = await db.readNamed('seed/count-entities')
  return Number(result.records[0]?.get('count') ?? 0)
}

/** Removes the sample ecosystem batch by batch, each batch with its deletions in the change feed. */
export async function removeSample (db: Database): Promise<number> {
  let removed = 0
  for (const statement of ['seed/remove-sample-links', 'seed/remove-sample-nodes']) {
    for (;;) {
      const count = await db.write(async (tx) => {
        const result = await tx.run(cypher(statement))
        const changes = ((result.records[0]?.get('changes') ?? []) as { id: string, type: string, version: unknown, op: ChangeOp }[])
          .map((c) => ({ ...c, version: Number(c.version) }))
        await recordChanges(tx, changes)
        return changes.length
      }, { timeoutMs: 120_000 })
      removed += count
      if (count === 0) break
    }
  }
  return removed
}
