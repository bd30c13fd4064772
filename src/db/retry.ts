// Long-running loaders (the import CLI, the synthetic generator) wait out database outages:
// a batch is retried with backoff while Neo4j is unreachable, up to a deadline.
import { isDbUnavailable } from './errors.js'

export interface RetryOptions { retryForMs: number, log?: (line: string) => void }

export async function retryWhileUnavailable<T> (work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const deadline = Date.now() + options.retryForMs
  let wait = 500
  for (;;) {
    try {
      return await work()
    } catch (err) {
      if (!isDbUnavailable(err) || Date.now() > deadline) throw err
      options.log?.(`database unavailable; retrying in ${wait} ms`)
      await new Promise((resolve) => setTimeout(resolve, wait))
      wait = Math.min(wait * 2, 5000)
    }
  }
}
