// GET /metrics (admin): process memory and event-loop delay, so an operator or a benchmark can see
// whether heavy work ever blocks the event loop (the target: never more than 50 ms at a time).
// Two perf_hooks.monitorEventLoopDelay histograms: one since the app started, one read and reset
// every second into a ring of the last 300 seconds. Each sample is the time between two ticks of a
// 5 ms timer, so it includes those 5 ms: a reading is an upper bound of the blocking.
// `Accept: text/plain` gives the same as Prometheus text exposition.
import { monitorEventLoopDelay, performance, type EventLoopUtilization, type IntervalHistogram } from 'node:perf_hooks'
import fp from 'fastify-plugin'
import Negotiator from 'negotiator'
import Type, { type Static } from 'typebox'
import type { FastifyInstance } from 'fastify'
import { HttpProblem } from '../http/problem.js'
import { problemResponses } from '../http/schemas.js'

export const RESOLUTION_MS = 5
export const RECENT_SECONDS = 300

const ms = (ns: number) => Math.round(ns / 1e4) / 100
const Ms = (description: string) => Type.Number({ description: `${description}, in milliseconds` })

const Recent = Type.Object({
  at: Type.String({ format: 'date-time', description: 'the end of the second' }),
  maxMs: Ms('the longest delay in that second'),
  p99Ms: Ms('the 99th percentile in that second'),
  busyMs: Ms('how long the event loop was running code in that second (performance.eventLoopUtilization): a long delay with little busy time means the process was waiting for a CPU, not blocked by its own work')
})

const MetricsSchema = Type.Object({
  process: Type.Object({
    rssBytes: Type.Integer({ description: 'resident set size' }),
    heapUsedBytes: Type.Integer(),
    heapTotalBytes: Type.Integer(),
    externalBytes: Type.Integer({ description: 'memory of C++ objects bound to JavaScript objects (buffers)' }),
    uptimeSeconds: Type.Number()
  }),
  eventLoop: Type.Object({
    resolutionMs: Type.Number({ description: 'the sampling interval; every sample includes it, so the blocking is at most the reading' }),
    startedAt: Type.String({ format: 'date-time', description: 'when measuring began (the app started)' }),
    minMs: Ms('the shortest sample since start'),
    meanMs: Ms('the mean since start'),
    p50Ms: Ms('the median since start'),
    p99Ms: Ms('the 99th percentile since start'),
    maxMs: Ms('the longest delay since start: the longest the event loop was blocked, plus at most the resolution'),
    recent: Type.Array(Recent, { description: `one entry per second for the last ${RECENT_SECONDS} seconds, oldest first (a second the loop was blocked throughout has no entry of its own: the next one carries the delay)` })
  })
}, { title: 'Metrics' })
type Metrics = Static<typeof MetricsSchema>

const example: Metrics = {
  process: { rssBytes: 187_000_000, heapUsedBytes: 61_000_000, heapTotalBytes: 88_000_000, externalBytes: 4_200_000, uptimeSeconds: 3600.4 },
  eventLoop: {
    resolutionMs: RESOLUTION_MS,
    startedAt: '2026-11-29T08:00:00.000Z',
    minMs: 5.01,
    meanMs: 5.32,
    p50Ms: 5.1,
    p99Ms: 9.8,
    maxMs: 31.4,
    recent: [{ at: '2026-11-29T09:00:00.000Z', maxMs: 12.3, p99Ms: 8.1, busyMs: 41.5 }, { at: '2026-11-29T09:00:01.000Z', maxMs: 6.2, p99Ms: 5.9, busyMs: 12 }]
  }
}

const TYPES = ['application/json', 'text/plain'] as const
const PROMETHEUS_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

function summary (h: IntervalHistogram) {
  if (h.count === 0) return { minMs: 0, meanMs: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 }
  return { minMs: ms(h.min), meanMs: ms(h.mean), p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max) }
}

export function prometheusText (m: Metrics): string {
  const lines: string[] = []
  const metric = (name: string, type: 'gauge' | 'summary', help: string, samples: [string, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`)
    for (const [suffix, value] of samples) lines.push(`${name}${suffix} ${value}`)
  }
  const s = (x: number) => Number((x / 1000).toFixed(6))
  const { process: p, eventLoop: e } = m
  metric('process_resident_memory_bytes', 'gauge', 'Resident set size in bytes.', [['', p.rssBytes]])
  metric('nodejs_heap_size_used_bytes', 'gauge', 'V8 heap used in bytes.', [['', p.heapUsedBytes]])
  metric('nodejs_heap_size_total_bytes', 'gauge', 'V8 heap size in bytes.', [['', p.heapTotalBytes]])
  metric('nodejs_external_memory_bytes', 'gauge', 'Memory of C++ objects bound to JavaScript objects, in bytes.', [['', p.externalBytes]])
  metric('process_uptime_seconds', 'gauge', 'Seconds since the process started.', [['', p.uptimeSeconds]])
  const help = `(perf_hooks.monitorEventLoopDelay, resolution ${e.resolutionMs} ms, included in every sample)`
  metric('nodejs_eventloop_delay_seconds', 'summary', `Event-loop delay since start ${help}.`, [['{quantile="0.5"}', s(e.p50Ms)], ['{quantile="0.99"}', s(e.p99Ms)]])
  metric('nodejs_eventloop_delay_min_seconds', 'gauge', `Shortest event-loop delay since start ${help}.`, [['', s(e.minMs)]])
  metric('nodejs_eventloop_delay_mean_seconds', 'gauge', `Mean event-loop delay since start ${help}.`, [['', s(e.meanMs)]])
  metric('nodejs_eventloop_delay_max_seconds', 'gauge', `Longest event-loop delay since start ${help}.`, [['', s(e.maxMs)]])
  const recentMax = e.recent.reduce((max, r) => Math.max(max, r.maxMs), 0)
  metric('nodejs_eventloop_delay_recent_max_seconds', 'gauge', `Longest event-loop delay in the last ${RECENT_SECONDS} seconds ${help}.`, [['', s(recentMax)]])
  return `${lines.join('\n')}\n`
}

async function metricsPlugin (app: FastifyInstance) {
  const startedAt = new Date().toISOString()
  const total = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  const second = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  total.enable()
  second.enable()
  const recent: Metrics['eventLoop']['recent'] = []
  let utilisation: EventLoopUtilization = performance.eventLoopUtilization()
  const tick = setInterval(() => {
    const now = performance.eventLoopUtilization()
    const busy = performance.eventLoopUtilization(now, utilisation)
    utilisation = now
    if (second.count > 0) {
      recent.push({ at: new Date().toISOString(), maxMs: ms(second.max), p99Ms: ms(second.percentile(99)), busyMs: Math.round(busy.active * 10) / 10 })
      if (recent.length > RECENT_SECONDS) recent.shift()
    }
    second.reset()
  }, 1000)
  tick.unref()
  app.addHook('onClose', async () => {
    clearInterval(tick)
    total.disable()
    second.disable()
  })

  const snapshot = (): Metrics => {
    const memory = process.memoryUsage()
    return {
      process: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, heapTotalBytes: memory.heapTotal, externalBytes: memory.external, uptimeSeconds: Math.round(process.uptime() * 10) / 10 },
      eventLoop: { resolutionMs: RESOLUTION_MS, startedAt, ...summary(total), recent: [...recent] }
    }
  }

  app.get('/metrics', {
    config: { auth: 'admin' },
    schema: {
      tags: ['operations'],
      summary: 'Process memory and event-loop delay (admin)',
      description: 'Memory of the process and the event-loop delay measured with perf_hooks.monitorEventLoopDelay: since the app started, and for each of the last ' +
        `${RECENT_SECONDS} seconds. Every sample is the time between two ticks of a ${RESOLUTION_MS} ms timer, so \`maxMs\` is an upper bound of the longest time the event loop was blocked ` +
        '(heavy analyses run in worker threads: it should stay under 50 ms). `Accept: text/plain` gives Prometheus text exposition.',
      response: {
        200: {
          description: 'the metrics',
          content: {
            'application/json': { schema: { ...MetricsSchema, examples: [example] } },
            'text/plain': { schema: Type.String({ description: 'Prometheus text exposition format 0.0.4' }) }
          }
        },
        ...problemResponses(406)
      }
    }
  }, async (request, reply) => {
    reply.header('vary', 'Accept').header('cache-control', 'no-store')
    const accept = request.headers.accept
    const type = accept === undefined ? 'application/json' : new Negotiator({ headers: { accept } }).mediaType([...TYPES])
    if (type === undefined) throw new HttpProblem(406, 'not-acceptable', `metrics come as ${TYPES.join(' or ')}`, { allowed: [...TYPES] })
    if (type === 'text/plain') return reply.type(PROMETHEUS_TYPE).send(prometheusText(snapshot()))
    return snapshot()
  })
}

export default fp(metricsPlugin, { name: 'metrics', dependencies: ['auth'] })
