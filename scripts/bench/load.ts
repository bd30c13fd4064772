// Load generation and measurement. HTTP load comes from autocannon; latencies of both sides are
// recorded in microseconds into the same kind of HDR histogram (autocannon's own histogram
// rounds to whole milliseconds, too coarse for 1–2 ms requests), so the API and the bare driver
// are measured the same way.
import autocannon from 'autocannon'
import * as hdr from 'hdr-histogram-js'
import type { Driver } from 'neo4j-driver'
import neo4j from 'neo4j-driver'

export interface LoadResult {
  label: string
  connections: number
  seconds: number
  requests: number
  throughput: number
  p50: number
  p90: number
  p99: number
  max: number
  statusCounts: Record<string, number>
  errors: number
  timeouts: number
  non2xx: number
}

export function histogram (): hdr.Histogram {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 })
}

const ms = (us: number) => Math.round(us / 10) / 100

function summarise (label: string, connections: number, seconds: number, h: hdr.Histogram, extra: Partial<LoadResult>): LoadResult {
  const requests = h.totalCount
  return {
    label,
    connections,
    seconds: Math.round(seconds * 10) / 10,
    requests,
    throughput: Math.round((requests / seconds) * 10) / 10,
    p50: ms(h.getValueAtPercentile(50)),
    p90: ms(h.getValueAtPercentile(90)),
    p99: ms(h.getValueAtPercentile(99)),
    max: ms(h.maxValue),
    statusCounts: {},
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    ...extra
  }
}

export interface HttpRequestSpec {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  body?: string
  headers?: Record<string, string>
  onResponse?: (status: number, body: string, headers: Record<string, string | string[]>) => void
}

export interface HttpLoadOptions {
  label: string
  url: string
  connections: number
  seconds: number
  headers?: Record<string, string>
  /** called for every request: the next request to send (rotating ids, unique bodies...) */
  next: () => HttpRequestSpec
  timeoutSeconds?: number
  /** record only 2xx latencies (default) or every response */
  latencyOfAll?: boolean
  /** keep going after `seconds` until this says stop (checked every 200 ms), at most `maxSeconds` */
  until?: () => boolean
  maxSeconds?: number
}

/** Runs autocannon for a fixed time; every request comes from `next()`. */
export async function httpLoad (options: HttpLoadOptions): Promise<LoadResult> {
  const h = histogram()
  const statusCounts: Record<string, number> = {}
  const started = performance.now()
  const callbacks = new Map<number, HttpRequestSpec['onResponse']>()
  let sequence = 0
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.until === undefined ? options.seconds : (options.maxSeconds ?? options.seconds * 4),
    timeout: options.timeoutSeconds ?? 30,
    headers: options.headers,
    requests: [{
      setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
        const spec = options.next()
        const id = ++sequence
        context.id = id
        if (spec.onResponse !== undefined) callbacks.set(id, spec.onResponse)
        return {
          ...request,
          method: spec.method ?? 'GET',
          path: spec.path,
          body: spec.body,
          headers: { ...options.headers, ...(spec.body !== undefined ? { 'content-type': 'application/json' } : {}), ...spec.headers }
        }
      },
      onResponse: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => {
        const id = context.id as number
        const callback = callbacks.get(id)
        if (callback !== undefined) { callbacks.delete(id); callback(status, body, headers) }
      }
    }]
  } as autocannon.Options) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1
    if (options.latencyOfAll === true || (statusCode >= 200 && statusCode < 300)) h.recordValue(Math.max(1, Math.round(responseTime * 1000)))
  })
  let poll: NodeJS.Timeout | undefined
  if (options.until !== undefined) {
    const until = options.until
    poll = setInterval(() => {
      if (performance.now() - started >= options.seconds * 1000 && until()) (instance as unknown as { stop: () => void }).stop()
    }, 200)
  }
  const result = await instance
  clearInterval(poll)
  const seconds = (performance.now() - started) / 1000
  const non2xx = Object.entries(statusCounts).filter(([s]) => !s.startsWith('2')).reduce((n, [, c]) => n + c, 0)
  return summarise(options.label, options.connections, seconds, h, { statusCounts, errors: result.errors, timeouts: result.timeouts, non2xx })
}

/** `connections` loops, each running `work` back to back until the time is up (seconds) or `stop()` says so;
 * a call that throws counts as an error, not as a latency. */
export async function closedLoop (label: string, connections: number, until: number | (() => boolean), work: (i: number) => Promise<void>): Promise<LoadResult> {
  const h = histogram()
  const started = performance.now()
  const deadline = typeof until === 'number' ? started + until * 1000 : Infinity
  const stop = typeof until === 'number' ? () => performance.now() >= deadline : until
  let errors = 0
  let counter = 0
  const loop = async () => {
    while (!stop()) {
      const t0 = performance.now()
      try {
        await work(counter++)
        h.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)))
      } catch {
        errors++
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  return summarise(label, connections, (performance.now() - started) / 1000, h, { errors })
}

/** The bare neo4j-driver side: the same statement in a read transaction, a session per call (as the API does). */
export function driverRead (driver: Driver, statement: string, params: (i: number) => Record<string, unknown>) {
  return async (i: number) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ })
    try {
      await session.executeRead((tx) => tx.run(statement, params(i)))
    } finally {
      await session.close()
    }
  }
}

/** Sequential timing of one request: a warm-up, then `runs` timed calls; the median and the spread. */
export async function timeRepeated (runs: number, call: () => Promise<unknown>): Promise<{ median: number, min: number, max: number, runs: number }> {
  await call()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await call()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const median = times.length % 2 === 1 ? times[(times.length - 1) / 2]! : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2
  return { median: Math.round(median * 10) / 10, min: Math.round(times[0]! * 10) / 10, max: Math.round(times.at(-1)! * 10) / 10, runs }
}
