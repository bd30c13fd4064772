// The API under test, as it runs in production: its own Node process serving the compiled build
// (`npm run start:prod` = node dist/src/server.js; buildApi() compiles it first), talking to the
// benchmark's Neo4j, with an admin key made for the run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createKey } from '../../src/modules/keys/service.js'
import { ROOT, type BenchNeo4j } from './neo4j-instance.js'

export async function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0))
    })
  })
}

/** The Node flags `npm run start:prod` passes (package.json), so the benchmark runs what production runs. */
const START_PROD_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start:prod']!
  .split(/\s+/).filter((a) => a.startsWith('--'))

/** Compiles src/ to dist/ (npm run build), what start:prod serves. */
export function buildApi (): void {
  execFileSync('npx', ['tsc', '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' })
}

export class ApiProcess {
  private child: ChildProcess | undefined
  private stderr = ''
  port = 0
  key = ''

  constructor (private readonly neo4j: BenchNeo4j, private readonly env: Record<string, string> = {}, private readonly nodeArgs: string[] = []) {}

  get url (): string { return `http://127.0.0.1:${this.port}` }
  get pid (): number { return this.child?.pid ?? 0 }
  get headers (): Record<string, string> { return { authorization: `Bearer ${this.key}` } }

  async start (): Promise<void> {
    this.port = await freePort()
    this.child = spawn(process.execPath, [...this.nodeArgs, ...START_PROD_FLAGS, join(ROOT, 'dist', 'src', 'server.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEO4J_URI: this.neo4j.boltUri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: this.neo4j.password,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // the benchmark is the only client; the per-key limit would otherwise be what is measured
        RATE_LIMIT_PER_MINUTE: '100000000',
        // likewise the per-source limit on concurrent sync requests (2 by default: a partner's loader
        // gets 429s beyond it, by design); the mixed loads write to one source from 16 connections
        SYNC_CONCURRENCY_PER_SOURCE: '32',
        ...this.env
      },
      stdio: ['ignore', 'ignore', 'pipe']
    })
    this.child.stderr?.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString()).slice(-4000) })
    await this.waitReady(120_000)
    if (this.key === '') {
      const { key } = await createKey(this.neo4j.database(), { name: 'benchmark', role: 'admin' })
      this.key = key
    }
  }

  async waitReady (limitMs: number): Promise<void> {
    const deadline = Date.now() + limitMs
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) throw new Error(`the API exited (${this.child.exitCode}): ${this.stderr}`)
      try {
        const res = await fetch(`${this.url}/ready`)
        if (res.status === 200) return
      } catch { /* not listening yet */ }
      await sleep(200)
    }
    throw new Error(`the API did not become ready within ${limitMs} ms: ${this.stderr}`)
  }

  /** Resident memory of the API process, from /proc (bytes). */
  rssBytes (): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)
    return kb === null ? 0 : Number(kb[1]) * 1024
  }

  async get (path: string): Promise<{ status: number, body: unknown, ms: number, headers: Headers }> {
    const t0 = performance.now()
    const res = await fetch(this.url + path, { headers: this.headers })
    const text = await res.text()
    const ms = performance.now() - t0
    let body: unknown = text
    try { body = JSON.parse(text) } catch { /* not JSON */ }
    return { status: res.status, body, ms, headers: res.headers }
  }

  async post (path: string, payload: unknown, extraHeaders: Record<string, string> = {}): Promise<{ status: number, body: unknown, ms: number }> {
    const t0 = performance.now()
    const res = await fetch(this.url + path, { method: 'POST', headers: { ...this.headers, 'content-type': 'application/json', ...extraHeaders }, body: JSON.stringify(payload) })
    const text = await res.text()
    const ms = performance.now() - t0
    let body: unknown = text
    try { body = JSON.parse(text) } catch { /* not JSON */ }
    return { status: res.status, body, ms }
  }

  async stop (): Promise<void> {
    const child = this.child
    if (child === undefined || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))])
    this.child = undefined
  }
}
