// One driver per process (created in plugins/neo4j.ts), wrapped so every call names the database
// and goes through executeRead/executeWrite: reads can go to followers in a cluster, and writes
// are retried by the driver on transient errors, so write work must be idempotent.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape, type QueryResult } from 'neo4j-driver'
import { cypher } from './cypher.js'

export interface TxOptions {
  /** transaction timeout in milliseconds (server side) */
  timeoutMs?: number
  metadata?: Record<string, unknown>
}

export type Params = Record<string, unknown>

export class Database {
  readonly driver: Driver
  readonly name: string
  private readonly defaultTimeoutMs: number

  constructor (driver: Driver, name: string, defaultTimeoutMs: number) {
    this.driver = driver
    this.name = name
    this.defaultTimeoutMs = defaultTimeoutMs
  }

  async read<T> (work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ })
    try {
      return await session.executeRead(work, this.txConfig(options))
    } finally {
      await session.close()
    }
  }

  async write<T> (work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE })
    try {
      return await session.executeWrite(work, this.txConfig(options))
    } finally {
      await session.close()
    }
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

  /** Resolves when the database answers a query; rejects within `limitMs` however the network behaves. */
  async ping (limitMs = 3000): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('readiness check timed out'), { code: 'ServiceUnavailable' })), limitMs)
    })
    try {
      await Promise.race([this.read((tx) => tx.run('RETURN 1'), { timeoutMs: limitMs }), timeout])
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
