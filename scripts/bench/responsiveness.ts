// Issue 7, item 4: while a heavy analysis runs, /health and a simple GET keep answering, and the
// API's event loop is never blocked for long (its own perf_hooks.monitorEventLoopDelay, read
// from GET /metrics: the largest delay of every second the heavy call was running).
import type { ApiProcess } from './api-process.js'
import { closedLoop } from './load.js'
import { rotate, type Targets } from './targets.js'

export interface LightLoad { requests: number, p50: number, p99: number, max: number, failures: number }
export interface ResponsivenessCase {
  heavy: string
  heavyMs: number
  heavyStatus: number
  health: LightLoad
  get: LightLoad
  /** the worst event-loop delay of any second during the heavy call, in ms */
  eventLoopMaxMs: number | null
  /** in the worst second: how long the loop was running code (ELU); delay ≫ busy = waiting for a CPU */
  worstSecondBusyMs: number | null
  /** the seconds of the heavy call whose delay went over 50 ms, as [maxMs, busyMs] */
  over50: [number, number | null][]
  baseline: { health: LightLoad, get: LightLoad }
}

interface Recent { at: string, maxMs: number, busyMs?: number }

/** Closed loops of GETs until `until()`; anything but 200 is a failure. */
async function lightLoad (api: ApiProcess, paths: () => string, connections: number, until: () => boolean): Promise<LightLoad> {
  const r = await closedLoop('light', connections, until, async () => {
    const res = await fetch(api.url + paths(), { headers: api.headers })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`status ${res.status}`)
  })
  return { requests: r.requests, p50: r.p50, p99: r.p99, max: r.max, failures: r.errors }
}

function epochSecond (at: string): number {
  return Math.floor(Date.parse(at) / 1000)
}

async function eventLoopDuring (api: ApiProcess, fromMs: number, toMs: number): Promise<Recent[]> {
  const res = await api.get('/metrics')
  if (res.status !== 200) return []
  const recent = ((res.body as { eventLoop?: { recent?: Recent[] } }).eventLoop?.recent ?? [])
  return recent.filter((r) => epochSecond(r.at) >= Math.floor(fromMs / 1000) && epochSecond(r.at) <= Math.ceil(toMs / 1000))
}

export async function runResponsiveness (api: ApiProcess, targets: Targets, options: { heavy: string[], connections: number, baselineSeconds: number, log: (l: string) => void }): Promise<ResponsivenessCase[]> {
  const stakeholder = rotate(targets.stakeholders)
  const baselineUntil = () => { const end = Date.now() + options.baselineSeconds * 1000; return () => Date.now() > end }
  const baseline = {
    health: await lightLoad(api, () => '/health', options.connections, baselineUntil()),
    get: await lightLoad(api, () => `/stakeholders/${stakeholder()}`, options.connections, baselineUntil())
  }
  const out: ResponsivenessCase[] = []
  for (const heavy of options.heavy) {
    await api.get(heavy) // warm: the second call is the one measured, as an analyst repeating it
    let done = false
    const t0 = Date.now()
    const heavyCall = api.get(heavy).finally(() => { done = true })
    const [health, get, result] = await Promise.all([
      lightLoad(api, () => '/health', options.connections, () => done),
      lightLoad(api, () => `/stakeholders/${stakeholder()}`, options.connections, () => done),
      heavyCall
    ])
    const t1 = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 1100)) // let the last second close in the API's ring
    const seconds = await eventLoopDuring(api, t0, t1)
    const worst = seconds.reduce<Recent | undefined>((w, r) => (w === undefined || r.maxMs > w.maxMs ? r : w), undefined)
    const eventLoopMaxMs = worst?.maxMs ?? null
    const over50 = seconds.filter((r) => r.maxMs > 50).map((r): [number, number | null] => [r.maxMs, r.busyMs ?? null])
    out.push({ heavy, heavyMs: Math.round(result.ms), heavyStatus: result.status, health, get, eventLoopMaxMs, worstSecondBusyMs: worst?.busyMs ?? null, over50, baseline })
    options.log(`  during ${heavy} (${Math.round(result.ms)} ms, ${result.status}): /health p99 ${health.p99} ms (baseline ${baseline.health.p99}), GET p99 ${get.p99} ms (baseline ${baseline.get.p99}); event loop max ${eventLoopMaxMs} ms (busy ${worst?.busyMs} ms that second); seconds over 50 ms [max, busy]: ${JSON.stringify(over50)}`)
  }
  return out
}
