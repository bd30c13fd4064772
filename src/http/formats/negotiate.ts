// Which export format a request wants: the `format` query parameter if given, else the Accept
// header (q-values and wildcards, via the `negotiator` package that Express and `accepts` use);
// JSON when neither says. A format the endpoint does not offer is a 406 listing what it does.
import Negotiator from 'negotiator'
import Type from 'typebox'
import type { FastifyRequest } from 'fastify'
import { HttpProblem } from '../problem.js'

export const FORMATS = ['json', 'csv', 'csv-edges', 'graphml', 'gexf', 'geojson'] as const
export type Format = typeof FORMATS[number]

/** What graph endpoints (network, proximity, paths) offer. */
export const GRAPH_FORMATS: readonly Format[] = FORMATS
/** What list endpoints offer: rows as JSON, a spreadsheet, or points on a map. */
export const TABLE_FORMATS: readonly Format[] = ['json', 'csv', 'geojson']

/** The media type each format is sent as (csv and csv-edges share text/csv: Accept picks csv). */
export const MEDIA_TYPES: Readonly<Record<Format, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  'csv-edges': 'text/csv',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  geojson: 'application/geo+json'
}

/** Media types also understood in Accept, for formats known under an older name. */
const ALIASES: ReadonlyArray<[string, Format]> = [
  ['application/vnd.geo+json', 'geojson']
]

const DESCRIPTION = 'export format; overrides the Accept header. json (default), csv (one row per node, or per item in lists), ' +
  'csv-edges (one row per relationship), graphml and gexf (Gephi, yEd, Cytoscape), geojson (QGIS, geojson.io)'

/** The `format` query parameter for an endpoint offering `allowed`: `format: Type.Optional(formatParam(GRAPH_FORMATS))`. */
export function formatParam (allowed: readonly Format[] = FORMATS) {
  return Type.Enum([...allowed], { description: DESCRIPTION, examples: [allowed.includes('graphml') ? 'graphml' : 'csv'] })
}

/** The `format` query parameter accepting every format name. */
export const FormatParam = formatParam(FORMATS)

export type NegotiableRequest = Pick<FastifyRequest, 'query' | 'headers'>

export function negotiate (request: NegotiableRequest, allowed: readonly Format[]): Format {
  // Canonical order, so JSON wins a tie (*/*, no Accept) and csv wins text/csv over csv-edges.
  const offered = FORMATS.filter((f) => allowed.includes(f))
  const fail = (detail: string) => new HttpProblem(406, 'not-acceptable', `${detail}; this endpoint offers: ${offered.join(', ')} ` +
    `(as format=… or as Accept: ${[...new Set(offered.map((f) => MEDIA_TYPES[f]))].join(', ')})`, { allowed: [...offered] })

  const query = (request.query ?? {}) as Record<string, unknown>
  const raw = Array.isArray(query.format) ? query.format[0] : query.format
  if (raw !== undefined && raw !== '') {
    const format = offered.find((f) => f === raw)
    if (format === undefined) throw fail(`format '${String(raw)}' is not available here`)
    return format
  }

  const accept = request.headers.accept
  if (accept === undefined || accept.trim() === '') {
    const first = offered[0]
    if (first === undefined) throw fail('no format is available')
    return first
  }
  const candidates = new Map<string, Format>()
  for (const f of offered) if (!candidates.has(MEDIA_TYPES[f])) candidates.set(MEDIA_TYPES[f], f)
  for (const [type, f] of ALIASES) if (offered.includes(f) && !candidates.has(type)) candidates.set(type, f)
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...candidates.keys()])
  const format = chosen === undefined ? undefined : candidates.get(chosen)
  if (format === undefined) throw fail(`none of the media types in Accept (${accept.slice(0, 200)}) is available here`)
  return format
}
