// Schema migrations: applied in order, recorded, run once; a failing file stops with its name.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MigrationError, migrate, readMigrations } from '../src/db/migrate.js'
import { closeTestDriver, testDb } from './helpers/app.js'

const suffix = Math.random().toString(36).slice(2, 8)
const indexName = `test_migration_index_${suffix}`

afterAll(async () => {
  const db = testDb()
  await db.runAutoCommit(`DROP INDEX ${indexName} IF EXISTS`)
  await db.write((tx) => tx.run('MATCH (m:SchemaMigration) WHERE m.id ENDS WITH $suffix DELETE m', { suffix }))
  await closeTestDriver()
})

function folder (files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('migrations', () => {
  it('applies new files in order once, then skips them', async () => {
    const dir = folder({
      [`901-index-${suffix}.cypher`]: `// a test index\nCREATE INDEX ${indexName} IF NOT EXISTS FOR (n:TestMigrationLabel) ON (n.x);\n`,
      [`902-noop-${suffix}.cypher`]: 'RETURN 1;\nRETURN 2;\n',
      'not-a-migration.txt': 'ignored'
    })
    const files = readMigrations(dir)
    expect(files.map((f) => f.statements.length)).toEqual([1, 2])
    const first = await migrate(testDb(), files)
    expect(first.applied).toEqual([`901-index-${suffix}`, `902-noop-${suffix}`])
    const second = await migrate(testDb(), readMigrations(dir))
    expect(second.applied).toEqual([])
    expect(second.skipped).toEqual(expect.arrayContaining([`901-index-${suffix}`, `902-noop-${suffix}`]))
    const indexes = await testDb().read((tx) => tx.run('SHOW INDEXES YIELD name WHERE name = $name RETURN name', { name: indexName }))
    expect(indexes.records).toHaveLength(1)
  })

  it('stops at a failing file, naming it and Neo4j\'s message, and does not record it', async () => {
    const file = `903-broken-${suffix}.cypher`
    const dir = folder({ [file]: 'CREATE INDEX FOR (n:X) ON n.y BROKEN;\n' })
    const error = await migrate(testDb(), readMigrations(dir)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MigrationError)
    expect((error as Error).message).toContain(file)
    expect((error as Error).message).toMatch(/Invalid input|syntax/i)
    const recorded = await testDb().read((tx) => tx.run('MATCH (m:SchemaMigration {id: $id}) RETURN m', { id: file.replace('.cypher', '') }))
    expect(recorded.records).toHaveLength(0)
  })

  it('refuses a migration whose file changed after it was applied', async () => {
    const name = `904-changed-${suffix}.cypher`
    await migrate(testDb(), readMigrations(folder({ [name]: 'RETURN 1;\n' })))
    const error = await migrate(testDb(), readMigrations(folder({ [name]: 'RETURN 2;\n' }))).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/changed after it was applied/)
  })
})
