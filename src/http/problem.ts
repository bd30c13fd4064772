// RFC 9457 problem details. Route code throws HttpProblem; the error handler (plugins/errors.ts)
// turns it, and every other error, into an application/problem+json response.
import Type, { type Static } from 'typebox'

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'a URI naming the kind of problem', examples: ['urn:cci-atlas:problem:validation'] }),
  title: Type.String({ description: 'short, human-readable summary of the kind of problem' }),
  status: Type.Integer({ description: 'the HTTP status code' }),
  detail: Type.Optional(Type.String({ description: 'what went wrong with this request' })),
  instance: Type.Optional(Type.String({ description: 'the request path' })),
  requestId: Type.Optional(Type.String({ description: 'quote it when reporting a problem' })),
  errors: Type.Optional(Type.Array(Type.Object({
    in: Type.Optional(Type.String({ description: 'body, querystring, params or headers' })),
    pointer: Type.String({ description: 'JSON pointer to the offending value within that part' }),
    message: Type.String()
  }))),
  allowed: Type.Optional(Type.Array(Type.String(), { description: 'the values that would have been accepted' }))
}, { additionalProperties: true, $id: 'Problem', title: 'Problem' })

export type Problem = Static<typeof ProblemSchema>
export type ProblemError = NonNullable<Problem['errors']>[number]

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

export function statusTitle (status: number): string {
  return titles[status] ?? (status >= 500 ? 'Server Error' : 'Client Error')
}

export function problemType (slug: string): string {
  return `urn:cci-atlas:problem:${slug}`
}

export class HttpProblem extends Error {
  readonly status: number
  readonly slug: string
  readonly extra: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor (status: number, slug: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(detail)
    this.status = status
    this.slug = slug
    this.extra = extra
    this.headers = headers
  }
}

export const badRequest = (detail: string, extra?: Record<string, unknown>) => new HttpProblem(400, 'bad-request', detail, extra)
export const notFound = (detail: string, extra?: Record<string, unknown>) => new HttpProblem(404, 'not-found', detail, extra)
export const conflict = (detail: string, extra?: Record<string, unknown>) => new HttpProblem(409, 'conflict', detail, extra)
export const preconditionFailed = (detail: string, extra?: Record<string, unknown>) => new HttpProblem(412, 'precondition-failed', detail, extra)
export const unprocessable = (detail: string, extra?: Record<string, unknown>) => new HttpProblem(422, 'unprocessable', detail, extra)
export const validationProblem = (detail: string, errors: ProblemError[], extra?: Record<string, unknown>) =>
  new HttpProblem(400, 'validation', detail, { errors, ...extra })
