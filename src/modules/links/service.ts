// Links: validation against the model's triple table and creation inside a caller's transaction,
// so a node created with links is all or nothing.
import { randomBytes } from 'node:crypto'
import type { ManagedTransaction } from 'neo4j-driver'
import { cypher } from '../../db/cypher.js'
import { REL_RULES_BY_TYPE, describeTriples, isRelType, matchesAny, type RelType } from '../../domain/model.js'
import { conflict, notFound, unprocessable, validationProblem } from '../../http/problem.js'
import { bodyAjv } from '../../http/validation.js'
import { validationErrors } from '../../plugins/errors.js'
import type { ValidateFunction } from 'ajv'
import { presentLink } from '../resources/present.js'
import type { LinkJson } from './schemas.js'

export interface LinkInput { from: string, type: string, to: string, properties?: Record<string, unknown> }

export function newLinkId (): string {
  return `lnk-${randomBytes(9).toString('base64url')}`
}

export interface Endpoint { labels: string[], name: string | null }

export async function endpoints (tx: ManagedTransaction, ids: string[]): Promise<Map<string, Endpoint>> {
  const result = await tx.run(cypher('links/endpoints'), { ids: [...new Set(ids)] })
  return new Map(result.records.map((r) => [r.get('id') as string, { labels: r.get('labels') as string[], name: r.get('name') as string | null }]))
}

const validators = new Map<RelType, ValidateFunction>()

/** The same validator (and wording) as request bodies, compiled once per type. */
export function propertyValidator (type: RelType): ValidateFunction {
  let validate = validators.get(type)
  if (validate === undefined) {
    validate = bodyAjv.compile(REL_RULES_BY_TYPE.get(type)!.properties)
    validators.set(type, validate)
  }
  return validate
}

/** Checks type, properties, ends and triple; throws the 400/404/422 a client can act on. */
export async function validateLinks (tx: ManagedTransaction, links: LinkInput[], pointerBase = '', pending = new Map<string, string[]>()): Promise<void> {
  links.forEach((link, i) => {
    const at = links.length > 1 || pointerBase !== '' ? `${pointerBase}/${i}` : ''
    if (!isRelType(link.type)) {
      throw validationProblem(`unknown link type ${link.type}`, [{ in: 'body', pointer: `${at}/type`, message: `must be one of: ${[...REL_RULES_BY_TYPE.keys()].join(', ')}` }])
    }
    const validate = propertyValidator(link.type)
    if (!validate(link.properties ?? {})) {
      const errors = validationErrors(validate.errors ?? [], 'body').map((e) => ({ ...e, pointer: `${at}/properties${e.pointer === '/' ? '' : e.pointer}` }))
      throw validationProblem(`invalid properties for ${link.type}: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, errors)
    }
  })
  const found = await endpoints(tx, links.flatMap((l) => [l.from, l.to]).filter((id) => !pending.has(id)))
  for (const [id, labels] of pending) found.set(id, { labels, name: null })
  const missing = [...new Set(links.flatMap((l) => [l.from, l.to]).filter((id) => !found.has(id)))]
  if (missing.length > 0) {
    throw notFound(`no node with id ${missing.join(', ')}`, { missing })
  }
  for (const link of links) {
    const rule = REL_RULES_BY_TYPE.get(link.type as RelType)!
    const from = found.get(link.from)!
    const to = found.get(link.to)!
    if (!matchesAny(from.labels, rule.from) || !matchesAny(to.labels, rule.to)) {
      const allowed = describeTriples(rule)
      throw unprocessable(
        `(${from.labels.join(':')} ${link.from})-[:${link.type}]->(${to.labels.join(':')} ${link.to}) is not allowed; ${link.type} joins ${allowed.join(' or ')}`,
        { allowed })
    }
  }
}

/** Creates already-validated links in the caller's transaction; refuses an exact duplicate (409). */
export async function createLinks (tx: ManagedTransaction, links: LinkInput[]): Promise<LinkJson[]> {
  const created: LinkJson[] = []
  for (const link of links) {
    const props = link.properties ?? {}
    const symmetric = REL_RULES_BY_TYPE.get(link.type as RelType)?.symmetric === true
    const same = await tx.run(cypher('links/find-same'), { from: link.from, to: link.to, type: link.type, productId: props.productId ?? null, symmetric })
    const existing = same.records[0]?.get('id') as string | undefined
    if (existing !== undefined) {
      throw conflict(`a ${link.type} link ${symmetric ? 'between' : 'from'} ${link.from} ${symmetric ? 'and' : 'to'} ${link.to} already exists (${existing})`, { existingId: existing })
    }
    const result = await tx.run(cypher('links/create'), { from: link.from, to: link.to, type: link.type, props, id: newLinkId() })
    const record = result.records[0]!
    created.push(presentLink(record.get('r'), record.get('from'), record.get('to')))
  }
  return created
}
