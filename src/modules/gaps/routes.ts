// /analysis/gaps: the gap analysis against the brief's 12 recommendations, per country or for the
// region, side by side, drilled down to the evidence, as JSON, Markdown or a printable HTML page;
// dated snapshots to show progress.
import { randomUUID } from 'node:crypto'
import Negotiator from 'negotiator'
import Type from 'typebox'
import neo4j, { type Node } from 'neo4j-driver'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { propsToJson } from '../../db/convert.js'
import { HttpProblem, notFound } from '../../http/problem.js'
import { problemResponses } from '../../http/schemas.js'
import { COUNTRIES } from '../../domain/model.js'
import { analyseGaps, type GapAnalysis, type GapOptions } from './engine.js'
import type { GapRegistry } from './registry.js'
import { reportHtml, reportMarkdown } from './report.js'
import { reportInput } from './reporting.js'

declare module 'fastify' {
  interface FastifyInstance { gapRegistry: GapRegistry }
}

const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO country id; omit for the region', examples: ['KH'] })
const Options = {
  met: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'score at or above which a recommendation is met (default 0.8)' })),
  gap: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'score below which it is a gap (default 0.4)' })),
  targets: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+:[0-9.]+(,[a-z0-9-]+:[0-9.]+)*$', maxLength: 2000, description: 'override indicator targets: id:value,id:value' }))
}
const REPORT_TYPES = ['application/json', 'text/markdown', 'text/html'] as const
const FORMAT = Type.Optional(Type.Enum(['json', 'markdown', 'html'], { description: 'overrides Accept: json (default), markdown, or a printable html page' }))

const AnalysisExample = {
  country: 'KH', generatedAt: '2026-11-29T12:00:00.000Z', thresholds: { met: 0.8, gap: 0.4 }, summary: { met: 5, partial: 4, gap: 3, 'no-data': 0 },
  recommendations: [{ id: 'R04', title: 'Intellectual property in e-business', score: 0.12, status: 'gap', indicators: [], suggestions: [{ id: 's-r04-ip-regulation', title: 'Adopt an e-business IP regulation', action: '…', reason: '…', ids: [] }] }]
}

function parseTargets (value: string | undefined): Record<string, number> | undefined {
  if (value === undefined) return undefined
  return Object.fromEntries(value.split(',').map((pair) => { const [k, v] = pair.split(':'); return [k!, Number(v)] }))
}

function options (query: { met?: number, gap?: number, targets?: string }): GapOptions {
  if (query.met !== undefined && query.gap !== undefined && query.gap > query.met) {
    throw new HttpProblem(400, 'validation', 'gap must not be above met', { errors: [{ in: 'querystring', pointer: '/gap', message: 'must be <= met' }] })
  }
  const thresholds = { ...(query.met === undefined ? {} : { met: query.met }), ...(query.gap === undefined ? {} : { gap: query.gap }) }
  return { thresholds, targets: parseTargets(query.targets) }
}

function wanted (request: FastifyRequest): 'json' | 'markdown' | 'html' {
  const format = (request.query as { format?: string }).format
  if (format === 'json' || format === 'markdown' || format === 'html') return format
  const accept = request.headers.accept
  if (accept === undefined) return 'json'
  const type = new Negotiator({ headers: { accept } }).mediaType([...REPORT_TYPES])
  if (type === undefined) throw new HttpProblem(406, 'not-acceptable', `this report comes as ${REPORT_TYPES.join(', ')}`, { allowed: [...REPORT_TYPES] })
  return type === 'text/html' ? 'html' : type === 'text/markdown' ? 'markdown' : 'json'
}

const gapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  async function send (reply: FastifyReply, format: 'json' | 'markdown' | 'html', focus: GapAnalysis, opts: GapOptions) {
    reply.header('vary', 'Accept')
    if (format === 'json') return focus as unknown as Record<string, unknown>
    const input = await reportInput(app.db, app.gapRegistry, focus, opts)
    if (format === 'markdown') return reply.type('text/markdown; charset=utf-8').send(reportMarkdown(input))
    return reply.type('text/html; charset=utf-8').send(reportHtml(input))
  }


  app.get('/analysis/gaps', {
    config: { auth: 'analyst' },
    schema: {
      tags: ['gaps'],
      summary: 'Gap analysis of a country (or the region) against the 12 recommendations',
      description: 'Every indicator (a .cypher file in cypher/indicators/) scored against its target; a score 0–1 and a status (met / partial / gap / no-data) per recommendation; evidence ids with names and API links; suggested actions for every recommendation not met. `Accept: text/markdown` or `text/html` (or `format=`) gives a report a minister can read, with the countries compared and the change since the last snapshot.',
      querystring: Type.Object({ country: Type.Optional(Country), ...Options, format: FORMAT }, { additionalProperties: false }),
      response: { 200: { description: 'the analysis', content: { 'application/json': { schema: { type: 'object', additionalProperties: true, examples: [AnalysisExample] } }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } } }, ...problemResponses(400, 406) }
    }
  }, async (request, reply) => {
    const format = wanted(request)
    const opts = options(request.query)
    const focus = await analyseGaps(app.db, app.gapRegistry, request.query.country ?? null, opts)
    return send(reply, format, focus, opts)
  })

  app.get('/analysis/gaps/compare', {
    config: { auth: 'analyst' },
    schema: {
      tags: ['gaps'],
      summary: 'Countries side by side, ranked per recommendation',
      querystring: Type.Object({
        countries: Type.Optional(Type.String({ pattern: '^[A-Z]{2}(,[A-Z]{2}){0,9}$', description: 'default KH,LA,MM,TH,VN', examples: ['KH,LA,MM,TH,VN'] })),
        ...Options
      }, { additionalProperties: false }),
      response: { 200: { type: 'object', additionalProperties: true, examples: [{ countries: ['KH', 'LA'], recommendations: [{ id: 'R12', title: 'Connect CCIs with tourism', scores: { KH: 0.9, LA: 0.3 }, statuses: { KH: 'met', LA: 'gap' }, ranking: ['KH', 'LA'] }] }] }, ...problemResponses(400) }
    }
  }, async (request) => {
    const countries = request.query.countries?.split(',') ?? [...COUNTRIES]
    const opts = { ...options(request.query), withSuggestions: false }
    const analyses = await Promise.all(countries.map((c) => analyseGaps(app.db, app.gapRegistry, c, opts)))
    const recs = analyses[0]?.recommendations ?? []
    return {
      countries,
      thresholds: analyses[0]?.thresholds,
      recommendations: recs.map((rec) => {
        const scores = Object.fromEntries(analyses.map((a) => [a.country!, a.recommendations.find((r) => r.id === rec.id)?.score ?? null]))
        const statuses = Object.fromEntries(analyses.map((a) => [a.country!, a.recommendations.find((r) => r.id === rec.id)?.status ?? 'no-data']))
        const ranking = countries.filter((c) => scores[c] !== null).sort((a, b) => (scores[b]! - scores[a]!) || a.localeCompare(b))
        return { id: rec.id, title: rec.title, scores, statuses, ranking }
      }),
      summaries: Object.fromEntries(analyses.map((a) => [a.country!, a.summary]))
    }
  })

  app.post('/analysis/gaps/snapshots', {
    config: { auth: 'analyst' },
    schema: {
      tags: ['gaps'],
      summary: 'Store a dated snapshot of the scores',
      body: Type.Object({ country: Type.Optional(Country), note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false, examples: [{ country: 'KH', note: 'before the 2027 programme' }] }),
      response: { 201: { type: 'object', additionalProperties: true, examples: [{ id: '3b0c…', country: 'KH', takenAt: '2026-11-29T12:00:00.000Z', scores: { R01: 0.8 } }] }, ...problemResponses(400) }
    }
  }, async (request, reply) => {
    const country = request.body.country ?? null
    const analysis = await analyseGaps(app.db, app.gapRegistry, country, { withSuggestions: false })
    const scores = Object.fromEntries(analysis.recommendations.map((r) => [r.id, r.score]))
    const result = await app.db.writeNamed('gaps/snapshot-create', { id: randomUUID(), country: country ?? 'region', scores: JSON.stringify(scores), note: request.body.note ?? null })
    const p = propsToJson((result.records[0]!.get('s') as Node).properties) as Record<string, unknown>
    reply.code(201)
    return { ...p, scores }
  })

  app.get('/analysis/gaps/snapshots', {
    config: { auth: 'analyst' },
    schema: {
      tags: ['gaps'],
      summary: 'Stored snapshots, newest first',
      querystring: Type.Object({ country: Type.Optional(Type.String({ pattern: '^([A-Z]{2}|region)$', examples: ['KH'] })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })) }, { additionalProperties: false }),
      response: { 200: { type: 'object', additionalProperties: true, examples: [{ items: [{ id: '3b0c…', country: 'KH', takenAt: '2026-11-29T12:00:00.000Z', scores: { R01: 0.8 } }] }] } }
    }
  }, async (request) => {
    const result = await app.db.readNamed('gaps/snapshot-list', { country: request.query.country ?? null, limit: neo4j.int(request.query.limit ?? 50) })
    return {
      items: result.records.map((r) => {
        const p = propsToJson((r.get('s') as Node).properties) as Record<string, unknown>
        return { ...p, scores: JSON.parse(String(p.scores)) }
      })
    }
  })

  app.get('/analysis/gaps/:recommendationId', {
    config: { auth: 'analyst' },
    schema: {
      tags: ['gaps'],
      summary: 'One recommendation drilled down: every indicator with its evidence and the suggested actions',
      params: Type.Object({ recommendationId: Type.String({ pattern: '^R(0[1-9]|1[0-2])$', examples: ['R12'] }) }, { additionalProperties: false }),
      querystring: Type.Object({ country: Type.Optional(Country), ...Options }, { additionalProperties: false }),
      response: { 200: { type: 'object', additionalProperties: true, examples: [AnalysisExample.recommendations[0]] }, ...problemResponses(400, 404) }
    }
  }, async (request) => {
    const analysis = await analyseGaps(app.db, app.gapRegistry, request.query.country ?? null, { ...options(request.query), only: request.params.recommendationId, evidenceLimit: 50, suggestionLimit: 20 })
    const rec = analysis.recommendations[0]
    if (rec === undefined) throw notFound(`no recommendation ${request.params.recommendationId}`)
    return { country: analysis.country, thresholds: analysis.thresholds, ...rec }
  })
}

export default gapRoutes
