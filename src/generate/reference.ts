// The slice of data/reference the synthetic generator needs: provinces with their capitals'
// coordinates, heritage sites and creative cities with their provinces, sectors, stages and the
// ids of the policy brief's recommendations.
// Kept apart from synthetic.ts so the generator itself stays pure (input in, records out).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataDir } from '../paths.js'

export interface Place { id: string, name: string, country: string, latitude: number, longitude: number }
export interface Site extends Place { provinces: string[], kind: 'heritage_site' | 'creative_city' }
export interface SyntheticReference {
  provinces: Place[]
  sites: Site[]
  sectors: { id: string, level: string, domain: string }[]
  stages: { id: string, order: number }[]
  recommendations: string[]
}

interface RefFile {
  nodes: { id: string, labels: string[], properties: Record<string, unknown> }[]
  links: { from: string, type: string, to: string }[]
}

function read (name: string): RefFile {
  return JSON.parse(readFileSync(join(dataDir, 'reference', `${name}.json`), 'utf8')) as RefFile
}

export function loadSyntheticReference (): SyntheticReference {
  const provFile = read('provinces')
  const countryOf = new Map(provFile.links.filter((l) => l.type === 'IN').map((l) => [l.from, l.to]))
  const provinces: Place[] = provFile.nodes.map((n) => {
    const loc = n.properties.location as { latitude: number, longitude: number }
    return { id: n.id, name: String(n.properties.name), country: countryOf.get(n.id) ?? n.id.slice(0, 2), latitude: loc.latitude, longitude: loc.longitude }
  })
  const provinceIds = new Set(provinces.map((p) => p.id))
  const sites: Site[] = []
  for (const [file, kind] of [['heritage-sites', 'heritage_site'], ['creative-cities', 'creative_city']] as const) {
    const f = read(file)
    for (const n of f.nodes) {
      const loc = n.properties.location as { latitude: number, longitude: number } | undefined
      const provs = f.links.filter((l) => l.from === n.id && l.type === 'LOCATED_IN' && provinceIds.has(l.to)).map((l) => l.to)
      if (loc === undefined || provs.length === 0) continue
      sites.push({ id: n.id, name: String(n.properties.name), country: provs[0]!.slice(0, 2), latitude: loc.latitude, longitude: loc.longitude, provinces: provs, kind })
    }
  }
  const sectors = read('sectors').nodes.map((n) => ({ id: n.id, level: String(n.properties.level), domain: String(n.properties.domain) }))
  const stages = read('stages').nodes.map((n) => ({ id: n.id, order: Number(n.properties.order) })).sort((a, b) => a.order - b.order)
  const recommendations = read('recommendations').nodes.map((n) => n.id).sort()
  return { provinces, sites, sectors, stages, recommendations }
}
