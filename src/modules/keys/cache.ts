// Verified API keys remembered for a few seconds, so a request does not pay a Neo4j round trip
// for its key (it was a third of the time of GET /stakeholders/{id}). Keyed by the key's SHA-256,
// never the secret. Only good keys are remembered: a new key works at once, an unknown one is
// asked about every time. A revocation through this process evicts at once; one made by another
// process (npm run keys, another instance) applies within the time to live.
import type { ApiKeyRecord } from './service.js'

export class KeyCache {
  private readonly entries = new Map<string, { key: ApiKeyRecord, expiresAt: number }>()

  constructor (private readonly ttlMs: number, private readonly maxEntries = 10_000, private readonly now: () => number = Date.now) {}

  get (hash: string): ApiKeyRecord | undefined {
    const entry = this.entries.get(hash)
    if (entry === undefined) return undefined
    if (entry.expiresAt <= this.now()) { this.entries.delete(hash); return undefined }
    return entry.key
  }

  set (hash: string, key: ApiKeyRecord): void {
    if (this.ttlMs <= 0 || key.revokedAt !== null) return
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(hash, { key, expiresAt: this.now() + this.ttlMs })
  }

  /** Forgets a key by its id (on revocation). */
  evict (id: string): void {
    for (const [hash, entry] of this.entries) if (entry.key.id === id) this.entries.delete(hash)
  }
}
