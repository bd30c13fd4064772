// A private Neo4j for the benchmarks, run by neo4j/neo4j.sh in its own home folder
// (neo4j/run-bench-<name>, git-ignored) with the HTTP connector on, so Neo4j's own Query API can
// be measured beside ours. Each instance keeps its data between runs: a loaded 100k graph is
// reused when its marker says it was loaded by the same generator version and seed.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import neo4j, { type Driver } from 'neo4j-driver'
import { createDriver, Database } from '../../src/db/database.js'

const run = promisify(execFile)
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface InstanceOptions {
  name: string
  boltPort: number
  httpPort: number
  heap: string
  pagecache: string
  password?: string
}

export class BenchNeo4j {
  readonly home: string
  readonly password: string
  private driverInstance: Driver | undefined

  constructor (readonly options: InstanceOptions) {
    this.home = join(ROOT, 'neo4j', `run-bench-${options.name}`)
    this.password = options.password ?? 'cci-atlas-bench'
  }

  get boltUri (): string { return `bolt://127.0.0.1:${this.options.boltPort}` }
  get httpUrl (): string { return `http://127.0.0.1:${this.options.httpPort}` }

  private env (): NodeJS.ProcessEnv {
    return {
      ...process.env,
      NEO4J_HOME_DIR: this.home,
      NEO4J_BOLT_PORT: String(this.options.boltPort),
      NEO4J_HTTP: 'true',
      NEO4J_HTTP_PORT: String(this.options.httpPort),
      NEO4J_HEAP: this.options.heap,
      NEO4J_PAGECACHE: this.options.pagecache,
      NEO4J_PASSWORD: this.password
    }
  }

  private async script (command: 'start' | 'stop' | 'reset'): Promise<void> {
    await run('bash', [join(ROOT, 'neo4j', 'neo4j.sh'), command], { env: this.env(), maxBuffer: 1 << 20 })
  }

  async start (): Promise<void> { await this.script('start') }
  async stop (): Promise<void> {
    await this.closeDriver()
    await this.script('stop')
  }

  async reset (): Promise<void> {
    await this.closeDriver()
    await this.script('reset')
  }

  /** SIGKILL, as a crash would: no clean shutdown, the transaction log is all there is. */
  kill (): void {
    const pid = Number(readFileSync(join(this.home, 'neo4j.pid'), 'utf8').trim())
    process.kill(pid, 'SIGKILL')
  }

  pid (): number | null {
    try { return Number(readFileSync(join(this.home, 'neo4j.pid'), 'utf8').trim()) } catch { return null }
  }

  driver (): Driver {
    this.driverInstance ??= createDriver(this.boltUri, 'neo4j', this.password)
    return this.driverInstance
  }

  database (timeoutMs = 300_000): Database {
    return new Database(this.driver(), 'neo4j', timeoutMs)
  }

  async closeDriver (): Promise<void> {
    const d = this.driverInstance
    this.driverInstance = undefined
    if (d !== undefined) await d.close()
  }

  /** A driver of its own, for the bare-driver side of a comparison. */
  newDriver (): Driver {
    return neo4j.driver(this.boltUri, neo4j.auth.basic('neo4j', this.password), { maxConnectionPoolSize: 64, userAgent: 'cci-atlas-bench' })
  }
}
