// One error handler for the whole API: every error leaves as RFC 9457 application/problem+json.
// 4xx say what was wrong; 5xx never echo internals (no stack, Cypher or driver text).
import fp from 'fastify-plugin'
import FindMyWay, { type HTTPMethod } from 'find-my-way'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify'
import { HttpProblem, problemType, statusTitle, type ProblemError } from '../http/problem.js'
import { isConstraintViolation, isDbTimeout, isDbUnavailable } from '../db/errors.js'

const RETRY_AFTER_SECONDS = '5'
const METHODS: HTTPMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

export function sendProblem (
  request: FastifyRequest, reply: FastifyReply, status: number, slug: string, detail: string,
  extra: Record<string, unknown> = {}, headers: Record<string, string> = {}
): FastifyReply {
  const body = {
    type: slug === 'about:blank' ? slug : problemType(slug),
    title: statusTitle(status),
    status,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...extra
  }
  for (const [name, value] of Object.entries(headers)) reply.header(name, value)
  return reply.code(status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body))
}

/** Ajv errors as {in, pointer, message}, worded for a person who mistyped a field. */
export function validationErrors (errors: FastifySchemaValidationError[], part: string): ProblemError[] {
  return errors.map((e) => {
    const params = (e.params ?? {}) as Record<string, unknown>
    let pointer = e.instancePath ?? ''
    let message = e.message ?? 'is invalid'
    if (e.keyword === 'additionalProperties') {
      pointer = `${pointer}/${String(params.additionalProperty)}`
      message = `unknown property '${String(params.additionalProperty)}'`
    } else if (e.keyword === 'required') {
      pointer = `${pointer}/${String(params.missingProperty)}`
      message = 'is required'
    } else if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      message = `must be one of: ${params.allowedValues.join(', ')}`
    }
    return { in: part, pointer: pointer === '' ? '/' : pointer, message }
  })
}

function summarise (errors: ProblemError[]): string {
  const first = errors[0]
  if (first === undefined) return 'the request is invalid'
  const where = first.pointer === '/' ? first.in ?? 'request' : `${first.in ?? ''} ${first.pointer}`.trim()
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
  return `${where}: ${first.message}${more}`
}

async function errorsPlugin (app: FastifyInstance) {
  // A router twin that knows every path and method, to tell 405 from 404.
  const known = FindMyWay({ ignoreTrailingSlash: true })
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue
      try { known.on(method as HTTPMethod, route.url, () => {}) } catch { /* same path twice */ }
    }
  })

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    const allowed = METHODS.filter((m) => m !== request.method && known.find(m, path) !== null)
    if (allowed.length > 0) {
      return sendProblem(request, reply, 405, 'method-not-allowed',
        `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`, { allowed }, { allow: allowed.join(', ') })
    }
    return sendProblem(request, reply, 404, 'not-found', `no route ${request.method} ${path}`)
  })

  app.setErrorHandler((error: FastifyError | HttpProblem | Error, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(request, reply, error.status, error.slug, error.message, error.extra, error.headers)
    }
    const fastifyError = error as FastifyError
    if (fastifyError.validation !== undefined) {
      const errors = validationErrors(fastifyError.validation, fastifyError.validationContext ?? 'request')
      return sendProblem(request, reply, 400, 'validation', summarise(errors), { errors })
    }
    if (isDbUnavailable(error)) {
      request.log.warn({ err: { message: error.message, code: fastifyError.code } }, 'database unavailable')
      return sendProblem(request, reply, 503, 'database-unavailable',
        'the database is not reachable right now; retry shortly', {}, { 'retry-after': RETRY_AFTER_SECONDS })
    }
    if (isDbTimeout(error)) {
      request.log.warn({ err: { message: error.message } }, 'query timed out')
      return sendProblem(request, reply, 503, 'query-timeout', 'the query took longer than the time allowed; narrow it (fewer hops, a smaller limit) or retry later',
        {}, { 'retry-after': RETRY_AFTER_SECONDS })
    }
    if (isConstraintViolation(error)) {
      return sendProblem(request, reply, 409, 'conflict', 'a record with the same key already exists')
    }
    const status = fastifyError.statusCode
    if (status !== undefined && status >= 400 && status < 500) {
      // Fastify's own 4xx (body too large, bad media type, malformed JSON...) carry safe messages.
      return sendProblem(request, reply, status, slugFor(status), fastifyError.message)
    }
    request.log.error({ err: error }, 'unhandled error')
    return sendProblem(request, reply, 500, 'internal', 'an unexpected error occurred; it has been logged with the request id')
  })
}

function slugFor (status: number): string {
  switch (status) {
    case 413: return 'body-too-large'
    case 415: return 'unsupported-media-type'
    case 406: return 'not-acceptable'
    case 429: return 'rate-limited'
    default: return 'bad-request'
  }
}

export default fp(errorsPlugin, { name: 'errors' })
