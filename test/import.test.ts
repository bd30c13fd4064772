// The import CLI on a private Neo4j instance (own port and folder), run in parallel with the other
// lifecycle tests: 20,000 records, cut off with Neo4j stopped, resumed by a rerun.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Driver } from 'neo4j-driver'
import { Database, createDriver } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { projectRoot } from '../src/paths.js'
import { readSeedData, seed } from '../src/seed/load.js'
import { errorFileOf, stateFileOf } from '../src/import/run.js'
import { until } from './helpers/assert.js'
import { TEST_PASSWORD, hasJava, localInstance, neo4jScript } from './helpers/local-neo4j.js'

const instance = localInstance('import', Number(process.env.NEO4J_IMPORT_PORT ?? 7690))
let driver: Driver
let db: Database


describe.skipIf(!hasJava())('file import', () => {
  beforeAll(async () => {
    neo4jScript(instance, 'reset')
    const started = neo4jScript(instance, 'start')
    if (started.status !== 0) throw new Error(started.output)
    driver = createDriver(instance.uri, 'neo4j', TEST_PASSWORD)
    db = new Database(driver, 'neo4j', 60_000)
    await migrate(db)
    await seed(db, readSeedData({ sample: false }))
  }, 180_000)

  afterAll(async () => {
    await driver?.close()
    neo4jScript(instance, 'stop')
  })

  it('imports 20,000 records through the CLI; cut off with Neo4j stopped, a rerun resumes and ends with exactly 20,000', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'))
    const file = join(dir, 'stakeholders.csv')
    const kinds = ['CreativeProducer', 'TourismOperator', 'CCIOrganisation', 'NGO']
    const rows = ['externalId,kind,name,province,sectors,stages,latitude,longitude,tags']
    for (let i = 0; i < 20_000; i++) {
      rows.push(`IMP-${String(i).padStart(5, '0')},${kinds[i % 4]},"Imported, actor ${i}",KH-17,fcs-c-crafts;fcs-g,stage-production,13.${i % 100},103.8,a;b`)
      if (i % 5000 === 17) rows.push(`BAD-${i},Alien,Not a kind,KH-17,,,,,`) // rejected rows, listed in the error file
    }
    writeFileSync(file, `${rows.join('\n')}\n`)
    const env = { ...process.env, NEO4J_URI: instance.uri, NEO4J_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent' }
    const args = ['--import', 'tsx', join(projectRoot, 'scripts', 'import.ts'), '--source', 't-import', '--batch', '1000', '--quiet', file]

    const first = spawn(process.execPath, args, { env, cwd: projectRoot, stdio: 'ignore' })
    await until(async () => existsSync(stateFileOf(file)) && JSON.parse(readFileSync(stateFileOf(file), 'utf8')).committedRecords >= 4000, 120_000)
    expect(neo4jScript(instance, 'stop').status).toBe(0)
    first.kill('SIGKILL')
    const committed = JSON.parse(readFileSync(stateFileOf(file), 'utf8')).committedRecords as number
    expect(committed).toBeGreaterThanOrEqual(4000)
    expect(committed).toBeLessThan(20_004)
    expect(neo4jScript(instance, 'start').status).toBe(0)

    const second = spawnSync(process.execPath, args, { env, cwd: projectRoot, encoding: 'utf8', timeout: 240_000 })
    console.log(`import: rerun: ${second.stdout.trim()}`)
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout).toMatch(/resumed after \d+/)

    const counts = await db.read((tx) => tx.run(`
      MATCH (x:ExternalRef {source: 't-import'})
      OPTIONAL MATCH (x)<-[:KNOWN_AS]-(n:Stakeholder)
      RETURN count(x) AS refs, count(DISTINCT x.externalId) AS keys, count(DISTINCT n) AS nodes`))
    const r = counts.records[0]!
    expect(Number(r.get('refs'))).toBe(20_000)
    expect(Number(r.get('keys'))).toBe(20_000)
    expect(Number(r.get('nodes'))).toBe(20_000)
    const rejected = readFileSync(errorFileOf(file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { externalId: string })
    expect(rejected.map((e) => e.externalId).sort()).toEqual(['BAD-10017', 'BAD-15017', 'BAD-17', 'BAD-5017'])
  }, 400_000)
})
