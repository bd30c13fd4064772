// A small pool of structure workers (worker.ts), so that seconds of graph work never block the
// event loop: /health and ordinary requests keep answering while an analysis runs.
//
// - At most `size` jobs run at once (default 1: each uses a core fully, and the event loop needs
//   one); up to `maxQueue` more wait their turn; beyond that the call fails at once with 503
//   `analysis-busy` and Retry-After, rather than piling up requests that would time out anyway.
// - Workers start on first use and are kept for the next job; an idle worker does not keep the
//   process alive. A worker that dies (crash, out of memory) or overruns `jobTimeoutMs` (it is
//   terminated) fails its job with 503 and is replaced by a new one on the next job.
// - Errors thrown in the worker reach the caller rebuilt (protocol.ts): the route's error handler
//   answers them as it would have in-process.
import { createRequire } from 'node:module'
import { setTimeout as delay } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { HttpProblem } from '../../http/problem.js'
import type { AnalyseOptions, Projection, StructureAnalysis } from './analyse.js'
import { encodeProjection, fromWire, type StructureWorkerData, type WorkerDatabase, type WorkerReady, type WorkerRequest, type WorkerResponse } from './protocol.js'
import type { StructureParams, StructureResult } from './service.js'

export interface StructurePoolOptions {
  /** jobs running at once, one worker each (default 1) */
  size?: number
  /** jobs waiting for a worker before further calls get 503 (default 4) */
  maxQueue?: number
  /** a job running longer has its worker terminated and fails with 503 (default 180 s) */
  jobTimeoutMs?: number
  /** the connection the workers open for `structure` jobs; null: `analyse` jobs only */
  database?: WorkerDatabase | null
  queriesDir?: string | null
  /** told when a worker dies or is terminated, with the reason (for the log) */
  onWorkerLost?: (err: Error) => void
}

export const DEFAULT_POOL_SIZE = 1
export const DEFAULT_MAX_QUEUE = 4
export const DEFAULT_JOB_TIMEOUT_MS = 180_000
const RETRY_AFTER_SECONDS = '10'
const CLOSE_GRACE_MS = 2000

type JobRequest = Exclude<WorkerRequest, { type: 'close' }>
interface Job { request: (id: number) => JobRequest, resolve: (value: unknown) => void, reject: (err: Error) => void }
interface Slot {
  worker: Worker | null
  /** the worker has loaded its modules (a cold start under tsx takes a second or two) */
  ready: boolean
  running: { id: number, job: Job, timer: NodeJS.Timeout | null } | null
}

const unavailable = (slug: string, detail: string) => new HttpProblem(503, slug, detail, {}, { 'retry-after': RETRY_AFTER_SECONDS })

const requireHere = createRequire(import.meta.url)

/** The worker next to this module: worker.js when compiled; worker.ts from the TypeScript source
 * (npm start under tsx, vitest), which the worker can only load through tsx. Node 20 ignores
 * --import loaders given in a worker's execArgv (nodejs/node#47747), so a one-line bootstrap
 * registers tsx's loader inside the worker first, then imports the entry. */
function startWorker (workerData: StructureWorkerData): Worker {
  const fromSource = import.meta.url.endsWith('.ts')
  const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)
  if (!fromSource) return new Worker(entry, { workerData })
  const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(requireHere.resolve('tsx/package.json'))).href
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(bootstrap, { eval: true, workerData })
}

export class StructurePool {
  private readonly slots: Slot[]
  private readonly queue: Job[] = []
  private readonly maxQueue: number
  private readonly jobTimeoutMs: number
  private readonly workerData: StructureWorkerData
  private readonly onWorkerLost: (err: Error) => void
  private nextId = 1
  private closed = false
  /** workers lost mid-job (died or terminated) since the pool started */
  lost = 0

  constructor (options: StructurePoolOptions = {}) {
    this.slots = Array.from({ length: Math.max(1, options.size ?? DEFAULT_POOL_SIZE) }, () => ({ worker: null, ready: false, running: null }))
    this.maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE
    this.jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS
    this.workerData = { database: options.database ?? null, queriesDir: options.queriesDir ?? null }
    this.onWorkerLost = options.onWorkerLost ?? (() => {})
  }

  /** analyseStructure in a worker. The projection crosses as JSON chunks, encoded a slice at a time. */
  async analyse (projection: Projection, options: AnalyseOptions): Promise<StructureAnalysis> {
    this.admit()
    const encoded = await encodeProjection(projection)
    return this.submit((id) => ({ id, type: 'analyse', projection: encoded, options })) as Promise<StructureAnalysis>
  }

  /** service.structure in a worker: the projection is read and analysed there. */
  async structure (params: StructureParams): Promise<StructureResult> {
    return this.submit((id) => ({ id, type: 'structure', params })) as Promise<StructureResult>
  }

  stats (): { size: number, workers: number, running: number, queued: number, lost: number } {
    return {
      size: this.slots.length,
      workers: this.slots.filter((s) => s.worker !== null).length,
      running: this.slots.filter((s) => s.running !== null).length,
      queued: this.queue.length,
      lost: this.lost
    }
  }

  /** Fails the waiting jobs, ends idle workers gracefully (their driver closes) and busy ones at once. */
  async close (): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(unavailable('shutting-down', 'the server is shutting down'))
    await Promise.all(this.slots.map(async (slot) => {
      const worker = slot.worker
      if (worker === null) return
      slot.worker = null
      const running = slot.running
      if (running !== null) {
        slot.running = null
        if (running.timer !== null) clearTimeout(running.timer)
        running.job.reject(unavailable('shutting-down', 'the server is shutting down'))
        await worker.terminate()
        return
      }
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      worker.postMessage({ type: 'close' } satisfies WorkerRequest)
      const grace = new AbortController()
      await Promise.race([exited, delay(CLOSE_GRACE_MS, undefined, { signal: grace.signal }).then(() => worker.terminate(), () => {})])
      grace.abort()
    }))
  }

  private admit (): void {
    if (this.closed) throw unavailable('shutting-down', 'the server is shutting down')
    if (this.slots.every((s) => s.running !== null) && this.queue.length >= this.maxQueue) {
      throw unavailable('analysis-busy', `structure analyses: ${this.slots.length} running and ${this.queue.length} waiting, the most this server queues; retry shortly`)
    }
  }

  private submit (request: Job['request']): Promise<unknown> {
    return new Promise((resolve, reject) => {
      try { this.admit() } catch (err) { reject(err as Error); return }
      const job = { request, resolve, reject }
      const idle = this.slots.find((s) => s.running === null)
      if (idle === undefined) this.queue.push(job)
      else this.start(idle, job)
    })
  }

  private start (slot: Slot, job: Job): void {
    const worker = slot.worker ?? this.spawn(slot)
    const id = this.nextId++
    slot.running = { id, job, timer: null }
    if (slot.ready) this.arm(slot, worker)
    worker.ref() // a caller awaits this job: keep the process alive until it answers
    worker.postMessage(job.request(id))
  }

  /** The job's time runs from when the worker is ready: its start-up is not the job's fault. */
  private arm (slot: Slot, worker: Worker): void {
    if (slot.running === null || slot.running.timer !== null) return
    slot.running.timer = setTimeout(() => this.abandon(slot, worker), this.jobTimeoutMs)
    slot.running.timer.unref()
  }

  private spawn (slot: Slot): Worker {
    const worker = startWorker(this.workerData)
    worker.unref()
    worker.on('message', (message: WorkerResponse | WorkerReady) => {
      if (slot.worker !== worker) return
      if ('ready' in message) {
        slot.ready = true
        this.arm(slot, worker)
        return
      }
      const running = slot.running
      if (running === null || running.id !== message.id) return
      this.finish(slot)
      if (message.ok) running.job.resolve(message.value)
      else running.job.reject(fromWire(message.error))
    })
    worker.on('error', (err) => this.lose(slot, worker, err))
    worker.on('exit', (code) => this.lose(slot, worker, new Error(`the structure worker exited with code ${code}`)))
    slot.worker = worker
    slot.ready = false
    return worker
  }

  private finish (slot: Slot): void {
    const running = slot.running
    if (running?.timer != null) clearTimeout(running.timer)
    slot.running = null
    slot.worker?.unref()
    this.next(slot)
  }

  private next (slot: Slot): void {
    const job = this.queue.shift()
    if (job !== undefined && !this.closed) this.start(slot, job)
  }

  /** The worker died or failed: its job fails with 503, the next job gets a new worker. */
  private lose (slot: Slot, worker: Worker, err: Error): void {
    if (slot.worker !== worker) return // already replaced (terminated after a timeout, or closing)
    slot.worker = null
    const running = slot.running
    if (running === null) return
    this.lost++
    this.onWorkerLost(err)
    if (running.timer !== null) clearTimeout(running.timer)
    slot.running = null
    running.job.reject(unavailable('analysis-failed', 'the structure analysis stopped unexpectedly (its worker was lost and has been replaced); retry shortly'))
    this.next(slot)
  }

  private abandon (slot: Slot, worker: Worker): void {
    if (slot.worker !== worker || slot.running === null) return
    const running = slot.running
    slot.worker = null
    slot.running = null
    this.lost++
    this.onWorkerLost(new Error(`the structure worker overran ${this.jobTimeoutMs} ms and was terminated`))
    void worker.terminate()
    running.job.reject(unavailable('analysis-timeout', `the structure analysis took longer than ${Math.round(this.jobTimeoutMs / 1000)} s; narrow it (a country or a sector) or retry later`))
    this.next(slot)
  }
}
