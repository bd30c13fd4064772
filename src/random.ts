// Deterministic randomness for the data generators (the sample ecosystem and synthetic ecosystems):
// mulberry32 seeded from a string key, so each section of a generator draws from its own stream
// and changing one section does not reshuffle the others.
export function mulberry32 (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a: a string key to a 32-bit seed. */
export function hashSeed (text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

export class SeededRandom {
  private readonly next: () => number
  constructor (key: string) { this.next = mulberry32(hashSeed(key)) }
  float (): number { return this.next() }
  chance (p: number): boolean { return this.next() < p }
  int (lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)) }

  pick<T> (items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Box–Muller: a standard normal draw. */
  gauss (): number {
    const u = Math.max(this.next(), 1e-12)
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  weighted<T> (entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((s, [, w]) => s + w, 0)
    if (total <= 0) throw new Error('weighted pick without weight')
    let x = this.next() * total
    for (const [value, w] of entries) {
      x -= w
      if (x < 0) return value
    }
    return entries[entries.length - 1]![0]
  }

  /** n distinct items (partial Fisher–Yates), in draw order. */
  sample<T> (items: readonly T[], n: number): T[] {
    const copy = [...items]
    const k = Math.min(n, copy.length)
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy.slice(0, k)
  }

  shuffle<T> (items: readonly T[]): T[] { return this.sample(items, items.length) }
}
