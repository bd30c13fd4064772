// Classifies driver errors so the HTTP layer can answer 503/504/409 instead of 500.
import neo4j, { Neo4jError } from 'neo4j-driver'

const unavailableCodes = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound'
])

const timeoutCodes = new Set<string>([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
  'Neo.TransientError.Transaction.LockClientStopped'
])

function codeOf (err: unknown): string | undefined {
  if (err instanceof Neo4jError) return err.code
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** The database cannot be reached (down, restarting, network): the client should retry later. */
export function isDbUnavailable (err: unknown): boolean {
  const code = codeOf(err)
  if (code !== undefined && unavailableCodes.has(code)) return true
  // Connection-level failures before a Bolt code exists (refused, reset, pool acquisition timeout).
  const message = (err as Error | null)?.message ?? ''
  return err instanceof Neo4jError && /Connection acquisition timed out|ECONNREFUSED|ECONNRESET|Pool is closed|Failed to connect/i.test(message)
}

export function isDbTimeout (err: unknown): boolean {
  const code = codeOf(err)
  return code !== undefined && timeoutCodes.has(code)
}

export function isConstraintViolation (err: unknown): boolean {
  return codeOf(err) === 'Neo.ClientError.Schema.ConstraintValidationFailed'
}
