// One driver per process (created in plugins/neo4j.ts), wrapped so every call names the database
// and goes through executeRead/executeWrite: reads can go to followers in a cluster, and writes
// are retried by the driver on transient errors, so write work must be idempotent.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type QueryResult } from 'neo4j-driver'
import { cypher } from './cypher.js'
import { isDbUnavailable } from './errors.js'

/** How often a tripped breaker asks the database whether it is back. */
const PROBE_INTERVAL_MS = 500

const unavailable = () => Object.assign(new Error('the database is unavailable (waiting for it to answer again)'), { code: neo4j.error.SERVICE_UNAVAILABLE })

export interface TxOptions {
  /** transaction timeout in milliseconds (server side) */
  timeoutMs?: number
  metadata?: Record<string, unknown>
}

export type Params = Record<string, unknown>

/**
 * Fail fast while the database is down (a circuit breaker): after a call fails because Neo4j
 * cannot be reached, further calls are refused at once with the same "unavailable" error (the
 * HTTP layer answers 503 + Retry-After) instead of each waiting out the driver's connection and
 * retry timeouts; a probe every 500 ms lets calls through again as soon as Neo4j answers.
 */
export class Database {
  readonly driver: Driver
  readonly name: string
  private readonly defaultTimeoutMs: number
  private down = false
  private probe: NodeJS.Timeout | undefined
  private disposed = false

  constructor (driver: Driver, name: string, defaultTimeoutMs: number) {
    this.driver = driver
    this.name = name
    this.defaultTimeoutMs = defaultTimeoutMs
  }

  /** True while the breaker is open: calls are refused until the probe reaches Neo4j again. */
  get unavailable (): boolean { return this.down }

  async read<T> (work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.guarded(async () => {
      const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ })
      try {
        return await session.executeRead(work, this.txConfig(options))
      } finally {
        await session.close()
      }
    })
  }

  async write<T> (work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.guarded(async () => {
      const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE })
      try {
        return await session.executeWrite(work, this.txConfig(options))
      } finally {
        await session.close()
      }
    })
  }

  /** Stops the probe (the app is closing). */
  dispose (): void {
    this.disposed = true
    this.closeBreaker()
  }

  private async guarded<T> (call: () => Promise<T>): Promise<T> {
    if (this.down) throw unavailable()
    try {
      return await call()
    } catch (err) {
      if (isDbUnavailable(err)) this.openBreaker()
      throw err
    }
  }

  private openBreaker (): void {
    if (this.down || this.disposed) return
    this.down = true
    const probe = async () => {
      try {
        await this.rawPing(Math.min(2000, PROBE_INTERVAL_MS * 4))
        this.closeBreaker()
      } catch {
        if (this.down && !this.disposed) this.probe = setTimeout(() => { void probe() }, PROBE_INTERVAL_MS).unref()
      }
    }
    this.probe = setTimeout(() => { void probe() }, PROBE_INTERVAL_MS).unref()
  }

  private closeBreaker (): void {
    this.down = false
    clearTimeout(this.probe)
    this.probe = undefined
  }

  /** Runs a named statement (cypher/<name>.cypher) in a read transaction. */
  async readNamed<R extends RecordShape = RecordShape> (name: string, params: Params = {}, options?: TxOptions): Promise<QueryResult<R>> {
    const text = cypher(name)
    return this.read((tx) => tx.run<R>(text, params), options)
  }

  /** Runs a named statement (cypher/<name>.cypher) in a write transaction. */
  async writeNamed<R extends RecordShape = RecordShape> (name: string, params: Params = {}, options?: TxOptions): Promise<QueryResult<R>> {
    const text = cypher(name)
    return this.write((tx) => tx.run<R>(text, params), options)
  }

  /** An auto-commit transaction: schema commands (they cannot share a transaction with data writes) and CALL { } IN TRANSACTIONS. */
  async runAutoCommit (statement: string): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE })
    try {
      await session.run(statement)
    } finally {
      await session.close()
    }
  }

  /** Resolves when the database answers a query; rejects within `limitMs` however the network behaves. Always asks Neo4j, breaker or not. */
  async ping (limitMs = 3000): Promise<void> {
    await this.rawPing(limitMs)
    this.closeBreaker() // a slow ping does not open the breaker: only calls that cannot reach Neo4j do
  }

  private async rawPing (limitMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('readiness check timed out'), { code: 'ServiceUnavailable' })), limitMs)
    })
    try {
      const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ })
      const query = session.executeRead((tx) => tx.run('RETURN 1'), { timeout: limitMs }).finally(() => session.close())
      query.catch(() => {}) // when the timeout wins, the query's own failure must not go unhandled
      await Promise.race([query, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  private txConfig (options: TxOptions) {
    return { timeout: options.timeoutMs ?? this.defaultTimeoutMs, metadata: options.metadata }
  }
}

export function createDriver (uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Fail fast while the database is down, so clients get a 503 quickly instead of hanging.
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxTransactionRetryTime: 3000,
    maxConnectionPoolSize: 50,
    userAgent: 'cci-atlas'
  })
}
