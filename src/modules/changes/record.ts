// Every write appends to the change feed in its own transaction (see cypher/changes/record.cypher).
import type { ManagedTransaction } from 'neo4j-driver'
import { cypher } from '../../db/cypher.js'

export type ChangeOp = 'create' | 'update' | 'delete'

export interface ChangeInput {
  op: ChangeOp
  id: string
  /** the primary label, or 'Link' */
  type: string
  version: number
  source?: string | null
  externalId?: string | null
}

export async function recordChanges (tx: ManagedTransaction, changes: ChangeInput[]): Promise<void> {
  if (changes.length === 0) return
  await tx.run(cypher('changes/record'), {
    changes: changes.map((c) => ({ ...c, source: c.source ?? null, externalId: c.externalId ?? null }))
  })
}
