// Schema migrations: cypher/schema/NNN-name.cypher, applied in file-name order, each once.
// Each file holds idempotent statements (IF NOT EXISTS) separated by ';' at line end; a file is
// recorded as (:SchemaMigration {id, checksum, appliedAt}) after all its statements succeed, so a
// failed file is retried as a whole at the next start.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from './database.js'
import { cypher, splitStatements } from './cypher.js'
import { cypherDir } from '../paths.js'

export class MigrationError extends Error {
  constructor (readonly file: string, message: string) {
    super(`migration ${file} failed: ${message}`)
  }
}

export interface MigrationFile { id: string, file: string, checksum: string, statements: string[] }

export function readMigrations (dir = join(cypherDir, 'schema')): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      return {
        id: file.replace(/\.cypher$/, ''),
        file,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text)
      }
    })
}

export interface MigrationReport { applied: string[], skipped: string[] }

export async function migrate (db: Database, migrations = readMigrations()): Promise<MigrationReport> {
  await db.runAutoCommit(cypher('migrations/constraint'))
  const done = await appliedChecksums(db)
  const report: MigrationReport = { applied: [], skipped: [] }
  for (const m of migrations) {
    const previous = done.get(m.id)
    if (previous === m.checksum) { report.skipped.push(m.id); continue }
    if (previous !== undefined) {
      throw new MigrationError(m.file, 'the file changed after it was applied; add a new migration instead of editing an applied one')
    }
    for (const statement of m.statements) {
      try {
        await db.runAutoCommit(statement)
      } catch (err) {
        throw new MigrationError(m.file, (err as Error).message)
      }
    }
    await db.writeNamed('migrations/record', { id: m.id, checksum: m.checksum })
    report.applied.push(m.id)
  }
  return report
}

async function appliedChecksums (db: Database): Promise<Map<string, string>> {
  const result = await db.readNamed<{ id: string, checksum: string }>('migrations/applied')
  return new Map(result.records.map((r) => [r.get('id'), r.get('checksum')]))
}
