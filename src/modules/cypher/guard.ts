// The static layers of analyst Cypher (DESIGN.md §5). Neo4j Community has no reader role, so a
// query is accepted only when every layer agrees: one statement (text scan), no USE clause, the
// EXPLAIN plan names the configured database only, holds no forbidden operator or procedure, and
// its query type is 'r'. The run itself then happens in a READ transaction (service.ts), which
// the server refuses to write in: a gap here still cannot change the graph.

/** Why a query was refused: `reason` is a stable, machine-readable name (see README). */
export interface Refusal {
  status: 400 | 403
  reason: string
  detail: string
}

const refuse = (status: 400 | 403, reason: string, detail: string): Refusal => ({ status, reason, detail })

// ---------------------------------------------------------------------------------------------
// Layer 1: the text. A tiny lexer that knows string literals ('…' and "…" with backslash
// escapes), `quoted identifiers` (`` doubles a backtick) and comments (// and /* */), so a `;`
// or a USE inside any of those is not mistaken for code.

interface Token { kind: 'word' | 'punct', text: string }

export interface TextScan {
  /** a `;` is followed by more code (comments and whitespace do not count) */
  multipleStatements: boolean
  /** nothing but whitespace, comments and semicolons */
  empty: boolean
  /** the code tokens (words and punctuation, strings and comments left out), at most `limit` */
  tokens: Token[]
}

export function scanText (text: string, limit = 10_000): TextScan {
  const tokens: Token[] = []
  let afterSemicolon = false
  let multipleStatements = false
  let empty = true
  let i = 0
  const n = text.length
  const code = (t: Token) => {
    if (afterSemicolon) multipleStatements = true
    empty = false
    if (tokens.length < limit) tokens.push(t)
  }
  while (i < n) {
    const c = text[i]!
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i + 2)
      i = end === -1 ? n : end + 1
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      i = end === -1 ? n : end + 2
    } else if (c === '\'' || c === '"') {
      // A string literal: counts as code, its content does not.
      code({ kind: 'punct', text: c })
      i++
      while (i < n && text[i] !== c) i += text[i] === '\\' ? 2 : 1
      i++
    } else if (c === '`') {
      let j = i + 1
      for (;;) {
        const end = text.indexOf('`', j)
        if (end === -1) { j = n; break }
        if (text[end + 1] === '`') { j = end + 2; continue }
        j = end + 1
        break
      }
      code({ kind: 'word', text: '`' })
      i = j
    } else if (c === ';') {
      afterSemicolon = true
      i++
    } else if (/\s/u.test(c)) {
      i++
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      let j = i + 1
      while (j < n && /[\p{L}\p{N}_$]/u.test(text[j]!)) j++
      code({ kind: 'word', text: text.slice(i, j) })
      i = j
    } else {
      code({ kind: 'punct', text: c })
      i++
    }
  }
  return { multipleStatements, empty, tokens }
}

/**
 * A USE clause where a statement (or a subquery) starts: at the beginning, after a `CYPHER …`
 * options prefix, or right after `{`. Only a composite database would honour one in a subquery,
 * but the analyst endpoint serves exactly one database, so any USE is refused.
 */
export function hasUseClause (tokens: Token[]): boolean {
  const isUse = (t: Token | undefined) => t?.kind === 'word' && t.text.toUpperCase() === 'USE'
  let start = 0
  if (tokens[0]?.kind === 'word' && tokens[0].text.toUpperCase() === 'CYPHER') {
    // CYPHER [version] [option=value]…
    start = 1
    if (tokens[start]?.kind === 'word' && /^\d/.test(tokens[start]!.text)) start++
    while (tokens[start]?.kind === 'word' && tokens[start + 1]?.text === '=' && tokens[start + 2] !== undefined) start += 3
  }
  // `USE <graph>`: the next token is a name (in a map literal, `{use: 1}`, it is a colon).
  const useAt = (i: number) => isUse(tokens[i]) && tokens[i + 1]?.kind === 'word'
  if (useAt(start)) return true
  return tokens.some((_t, i) => tokens[i - 1]?.text === '{' && useAt(i))
}

export function checkText (text: string): Refusal | null {
  const scan = scanText(text)
  if (scan.empty) return refuse(400, 'empty', 'the query is empty (only whitespace or comments)')
  if (scan.multipleStatements) {
    return refuse(400, 'multiple-statements', 'send one statement per request: a `;` may only end the query (followed by nothing but whitespace or comments)')
  }
  if (hasUseClause(scan.tokens)) {
    return refuse(403, 'use-clause', 'USE clauses are refused: analyst queries run against the API\'s own database only')
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Layer 3: the EXPLAIN plan.

/** The read-only procedures an analyst may call; everything else (dbms.*, tx.*, db.create*, …) is refused. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  // Read-only searches of the graph's own full-text indexes (the same ones /search uses).
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships'
])

/** SHOW commands that only describe the schema or the Cypher catalogue. SHOW TRANSACTIONS (other
 * users' query text) and SHOW SETTINGS (server configuration) are not among them. */
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions'])

/** The part of the plan the guard reads; neo4j-driver's ProfiledPlan/Plan has this shape. */
export interface PlanLike {
  operatorType: string
  arguments?: Record<string, unknown>
  children?: PlanLike[]
}

const WRITE_OPERATOR = /^(Create|Merge|Set[A-Z]|Remove|Delete|DetachDelete|Foreach$|LockNodes|LockingMerge)/
const SCHEMA_OPERATOR = /^(Create|Drop|DoNothingIfExists)\w*(Index|Constraint)/

/** `db.labels() :: (label :: STRING)` → `db.labels`; null when the name is not plainly written. */
export function procedureName (details: unknown): string | null {
  if (typeof details !== 'string') return null
  const match = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\(/.exec(details)
  return match === null ? null : match[1]!
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

function checkOperator (op: PlanLike, database: string): Refusal | null {
  const at = op.operatorType.lastIndexOf('@')
  const name = at === -1 ? op.operatorType : op.operatorType.slice(0, at)
  const graph = at === -1 ? null : op.operatorType.slice(at + 1)
  if (name === 'AdministrationCommand' || name === 'SystemProcedureCall') {
    return refuse(403, 'administration', 'administration commands are refused')
  }
  if (graph !== null && graph !== database) {
    return refuse(403, 'other-database', `the query would run against the '${graph}' database; analyst queries run against '${database}' only`)
  }
  if (name === 'LoadCSV') return refuse(403, 'load-csv', 'LOAD CSV is refused: analyst queries read the graph only')
  if (name === 'TransactionApply' || name === 'TransactionForeach') {
    return refuse(403, 'subquery-in-transactions', 'CALL { … } IN TRANSACTIONS is refused: analyst queries run in one read transaction')
  }
  if (name === 'ProcedureCall') {
    const procedure = procedureName(op.arguments?.Details)
    if (procedure === null) return refuse(403, 'procedure:unknown', 'the query calls a procedure the guard cannot name; it is refused')
    if (!ALLOWED_PROCEDURES.has(procedure)) {
      return refuse(403, `procedure:${procedure}`, `the procedure ${procedure} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`)
    }
    return null
  }
  if (SCHEMA_OPERATOR.test(name)) return refuse(403, 'schema', 'schema commands (indexes, constraints) are refused')
  if (WRITE_OPERATOR.test(name)) return refuse(403, 'write', 'the query writes to the graph; analyst queries are read-only')
  if ((name.startsWith('Show') && !ALLOWED_SHOW.has(name)) || name.startsWith('Terminate')) {
    return refuse(403, `command:${kebab(name)}`, `${name} is refused; allowed SHOW commands: SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES, SHOW FUNCTIONS`)
  }
  return null
}

// When a plan breaks several rules, the reason named is the most specific one: a LOAD CSV that
// also writes is reported as load-csv, not as write.
const GENERIC_REASONS = ['write', 'schema']
const rank = (r: Refusal) => GENERIC_REASONS.indexOf(r.reason)

/** Walks the whole plan (parents before children) and returns its most specific refusal. */
export function checkPlan (plan: PlanLike, database: string): Refusal | null {
  let found: Refusal | null = null
  const stack: PlanLike[] = [plan]
  while (stack.length > 0) {
    const op = stack.pop()!
    const refusal = checkOperator(op, database)
    if (refusal !== null && (found === null || rank(refusal) < rank(found))) found = refusal
    const children = op.children ?? []
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// Layer 2: the query type EXPLAIN reports ('r', 'rw', 'w', 's').

export function checkQueryType (queryType: string | undefined): Refusal | null {
  switch (queryType) {
    case 'r': return null
    case 'w':
    case 'rw': return refuse(403, 'write', 'the query writes to the graph; analyst queries are read-only')
    case 's': return refuse(403, 'schema', 'the query changes the schema or the DBMS (query type s); analyst queries are read-only')
    default: return refuse(403, 'unknown-query-type', 'the database did not classify the query as read-only')
  }
}

/** Layers 2 and 3 together: the plan first (its reasons are the most specific), then the type. */
export function checkExplain (summary: { queryType?: string, plan: PlanLike | false | undefined }, database: string): Refusal | null {
  if (summary.plan === false || summary.plan === undefined) {
    return refuse(403, 'no-plan', 'the database returned no plan for the query; it is refused')
  }
  return checkPlan(summary.plan, database) ?? checkQueryType(summary.queryType)
}
