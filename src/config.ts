// Configuration from environment variables, validated once at start.
// A bad value stops the process with one clear line (no stack trace): see loadConfig's caller.
import Type, { type Static } from 'typebox'
import { join } from 'node:path'
import { Value } from 'typebox/value'
import { cypherDir } from './paths.js'

const Bool = Type.Union([Type.Literal('true'), Type.Literal('false')])

export const EnvSchema = Type.Object({
  PORT: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'HTTP port of the API' })),
  HOST: Type.Optional(Type.String({ minLength: 1, description: 'interface to listen on' })),
  LOG_LEVEL: Type.Optional(Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)))),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://', description: 'base URL shown in OpenAPI servers and links' })),
  NEO4J_URI: Type.Optional(Type.String({ pattern: '^(neo4j|bolt)(\\+s|\\+ssc)?://', description: 'an external Neo4j; unset = the local embedded runtime' })),
  NEO4J_USER: Type.Optional(Type.String({ minLength: 1 })),
  NEO4J_PASSWORD: Type.Optional(Type.String()),
  NEO4J_DATABASE: Type.Optional(Type.String({ minLength: 1 })),
  NEO4J_BOLT_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
  AUTO_SEED: Type.Optional(Bool),
  AUTO_START_NEO4J: Type.Optional(Bool),
  BODY_LIMIT_BYTES: Type.Optional(Type.Integer({ minimum: 1024 })),
  QUERY_TIMEOUT_MS: Type.Optional(Type.Integer({ minimum: 100, maximum: 600_000 })),
  SHUTDOWN_GRACE_MS: Type.Optional(Type.Integer({ minimum: 0, maximum: 120_000 })),
  AUTH_DISABLED: Type.Optional(Bool),
  CYPHER_MAX_ROWS: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  CYPHER_MAX_BYTES: Type.Optional(Type.Integer({ minimum: 1000 })),
  INDICATORS_DIR: Type.Optional(Type.String({ minLength: 1 })),
  SUGGESTIONS_DIR: Type.Optional(Type.String({ minLength: 1 })),
  QUERIES_DIR: Type.Optional(Type.String({ minLength: 1, description: 'folder of named .cypher queries' })),
  IDEMPOTENCY_TTL_HOURS: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 24 * 30 })),
  SYNC_CONCURRENCY_PER_SOURCE: Type.Optional(Type.Integer({ minimum: 1, maximum: 64 })),
  SYNC_BODY_LIMIT_BYTES: Type.Optional(Type.Integer({ minimum: 1024 })),
  RATE_LIMIT_PER_MINUTE: Type.Optional(Type.Integer({ minimum: 1 })),
  KEY_CACHE_SECONDS: Type.Optional(Type.Integer({ minimum: 0, maximum: 300, description: 'how long a verified API key is trusted without asking Neo4j again (0 = every request)' })),
  PUBLIC_DOCS: Type.Optional(Bool),
  NODE_ENV: Type.Optional(Type.String())
})

export interface Config {
  port: number
  host: string
  logLevel: string
  publicUrl: string
  neo4j: {
    uri: string
    user: string
    password: string
    database: string
    /** true when NEO4J_URI was not set: the app may start the local runtime itself */
    embedded: boolean
    autoStart: boolean
  }
  autoSeed: boolean
  bodyLimitBytes: number
  queryTimeoutMs: number
  shutdownGraceMs: number
  /** local development only: every request acts as admin */
  authDisabled: boolean
  /** /docs and /openapi.json open without a key */
  publicDocs: boolean
  sync: { idempotencyTtlSeconds: number, concurrencyPerSource: number, bodyLimitBytes: number }
  rateLimitPerMinute: number
  /** seconds a verified key is remembered; a revocation through this process applies at once, one made elsewhere within this time */
  keyCacheSeconds: number
  queriesDir: string
  indicatorsDir: string
  suggestionsDir: string
  cypher: { maxRows: number, maxBytes: number }
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const raw = pickDefined(env, Object.keys(EnvSchema.properties))
  const converted = Value.Convert(EnvSchema, { ...raw })
  const firstError = Value.Errors(EnvSchema, converted)[0]
  if (firstError !== undefined) {
    const name = firstError.instancePath.replace(/^\//, '') || String((firstError.params as { additionalProperty?: string }).additionalProperty ?? '')
    throw new ConfigError(`invalid environment variable ${name}=${JSON.stringify(raw[name] ?? '')}: ${firstError.message}`)
  }
  const e = converted as Static<typeof EnvSchema>
  if (e.AUTH_DISABLED === 'true' && e.NODE_ENV === 'production') {
    throw new ConfigError('AUTH_DISABLED=true is for local development only and is refused with NODE_ENV=production')
  }
  const port = e.PORT ?? 3000
  const boltPort = e.NEO4J_BOLT_PORT ?? 7687
  return {
    port,
    host: e.HOST ?? '127.0.0.1',
    logLevel: e.LOG_LEVEL ?? 'info',
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${boltPort}`,
      user: e.NEO4J_USER ?? 'neo4j',
      password: e.NEO4J_PASSWORD ?? 'cci-atlas-dev',
      database: e.NEO4J_DATABASE ?? 'neo4j',
      embedded: e.NEO4J_URI === undefined,
      autoStart: (e.AUTO_START_NEO4J ?? 'true') === 'true'
    },
    autoSeed: (e.AUTO_SEED ?? 'true') === 'true',
    bodyLimitBytes: e.BODY_LIMIT_BYTES ?? 5 * 1024 * 1024,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS ?? 10_000,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? 10_000,
    authDisabled: e.AUTH_DISABLED === 'true',
    publicDocs: (e.PUBLIC_DOCS ?? 'true') === 'true',
    sync: {
      idempotencyTtlSeconds: Math.round((e.IDEMPOTENCY_TTL_HOURS ?? 24) * 3600),
      concurrencyPerSource: e.SYNC_CONCURRENCY_PER_SOURCE ?? 2,
      bodyLimitBytes: e.SYNC_BODY_LIMIT_BYTES ?? 16 * 1024 * 1024
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 1200,
    keyCacheSeconds: e.KEY_CACHE_SECONDS ?? 5,
    queriesDir: e.QUERIES_DIR ?? join(cypherDir, 'queries'),
    indicatorsDir: e.INDICATORS_DIR ?? join(cypherDir, 'indicators'),
    suggestionsDir: e.SUGGESTIONS_DIR ?? join(cypherDir, 'suggestions'),
    cypher: { maxRows: e.CYPHER_MAX_ROWS ?? 10_000, maxBytes: e.CYPHER_MAX_BYTES ?? 5 * 1024 * 1024 }
  }
}

function pickDefined (env: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of keys) {
    const value = env[key]
    if (value !== undefined && value !== '') out[key] = value
  }
  return out
}
