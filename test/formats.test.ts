// Export formats: every output is read back with a real parser (xmldom, csv-parse,
// @placemarkio/check-geojson) and compared with values worked out by hand from a small graph.
import { describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import Type from 'typebox'
import { DOMParser, type Element } from '@xmldom/xmldom'
import { check } from '@placemarkio/check-geojson'
import { parse } from 'csv-parse/sync'
import errorsPlugin from '../src/plugins/errors.js'
import { HttpProblem } from '../src/http/problem.js'
import {
  GRAPH_FORMATS, GraphSchema, TABLE_FORMATS, formatParam, formatResponse, graphEdgesToCsv, graphToCsv, graphToGEXF,
  graphToGeoJSON, graphToGraphML, negotiate, rowsToCsv, rowsToGeoJSON, sendGraph, sendTable, type Format, type Graph
} from '../src/http/formats/index.js'

const TRICKY = 'Artisans & Co <Siem Reap> "Silk", weavers 🧵\nsecond line'
const FORMULA = '=HYPERLINK("http://x")'
const NOTE = 'fees < $100 & "dues"'
const TITLE = 'Network around "Angkor" & <friends> 🛕'

const graph: Graph = {
  nodes: [
    {
      id: 'whc-668', labels: ['Destination', 'HeritageSite'], kind: 'HeritageSite', name: 'Angkor',
      location: { latitude: 13.43, longitude: 103.83 },
      properties: { inscribed: 1992, criteria: ['i', 'ii', 'iii', 'iv'], unesco: true, area: 401.5 }
    },
    {
      id: 'sh-artisans', labels: ['Stakeholder', 'CreativeProducer'], kind: 'CreativeProducer', name: TRICKY,
      location: { latitude: 13.36, longitude: 103.86 },
      properties: { sectors: ['crafts', 'textiles'], employees: 120, founded: 2001, area: 'n/a', name: 'Old name' }
    },
    {
      id: 'sh-online', labels: ['Stakeholder', 'DigitalPlatform'], kind: 'DigitalPlatform', name: FORMULA,
      location: null,
      properties: { employees: 4, id: 'legacy-7', verified: false }
    },
    {
      id: 'sh-kh-guild', labels: ['Stakeholder', 'Association'], kind: 'Association', name: null,
      location: { latitude: 11.56, longitude: 104.92 },
      properties: { motto: '-less is more' }
    }
  ],
  edges: [
    { id: 'r1', type: 'ACTIVE_AT', from: 'sh-artisans', to: 'whc-668', properties: { role: 'sells', since: 2010 } },
    { id: 'r2', type: 'PARTNERS_WITH', from: 'sh-online', to: 'sh-artisans', properties: { since: 2019, channels: ['web', 'mobile'] } },
    { id: 'r3', type: 'MEMBER_OF', from: 'sh-artisans', to: 'sh-kh-guild', properties: { weight: 0.5, note: NOTE } }
  ]
}

// Node property columns, sorted by key; `id` and `name` clash with built-ins and get a prefix.
const NODE_PROPS = ['area', 'criteria', 'employees', 'founded', 'prop_id', 'inscribed', 'motto', 'prop_name', 'sectors', 'unesco', 'verified']
const EDGE_PROPS = ['channels', 'note', 'role', 'since', 'weight']

function parseXml (text: string) {
  return new DOMParser({ onError: (level, message) => { throw new Error(`XML ${level}: ${message}`) } })
    .parseFromString(text, 'text/xml')
}

function children (parent: { getElementsByTagNameNS: (ns: string, name: string) => ArrayLike<Element> }, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name))
}

describe('GraphML', () => {
  const NS = 'http://graphml.graphdrawing.org/xmlns'
  const doc = parseXml(graphToGraphML(graph, { title: TITLE }))
  const root = doc.documentElement!
  const keys = children(root, NS, 'key')
  const keyByName = (domain: string, name: string) => keys.find((k) => k.getAttribute('for') === domain && k.getAttribute('attr.name') === name)
  const data = (el: Element, domain: string, name: string) => {
    const key = keyByName(domain, name)?.getAttribute('id')
    const found = children(el, NS, 'data').filter((d) => d.getAttribute('key') === key)
    return found.length === 0 ? undefined : found[0]!.textContent
  }
  const node = (id: string) => children(root, NS, 'node').find((n) => n.getAttribute('id') === id)!

  it('is namespaced GraphML with a directed graph, 4 nodes and 3 edges', () => {
    expect(root.localName).toBe('graphml')
    expect(root.namespaceURI).toBe(NS)
    const g = children(root, NS, 'graph')
    expect(g).toHaveLength(1)
    expect(g[0]!.getAttribute('edgedefault')).toBe('directed')
    expect(children(root, NS, 'node')).toHaveLength(4)
    expect(children(root, NS, 'edge')).toHaveLength(3)
    expect(children(root, NS, 'desc')[0]!.textContent).toBe(TITLE)
  })

  it('declares every attribute once with its type', () => {
    const nodeKeys = keys.filter((k) => k.getAttribute('for') === 'node').map((k) => k.getAttribute('attr.name'))
    expect(nodeKeys).toEqual(['label', 'labels', 'kind', 'name', 'latitude', 'longitude', ...NODE_PROPS])
    const edgeKeys = keys.filter((k) => k.getAttribute('for') === 'edge').map((k) => k.getAttribute('attr.name'))
    expect(edgeKeys).toEqual(['type', 'label', ...EDGE_PROPS])
    const type = (domain: string, name: string) => keyByName(domain, name)?.getAttribute('attr.type')
    expect(type('node', 'latitude')).toBe('double')
    expect(type('node', 'employees')).toBe('long')
    expect(type('node', 'area')).toBe('string') // 401.5 and 'n/a': mixed
    expect(type('node', 'criteria')).toBe('string') // an array, joined
    expect(type('node', 'unesco')).toBe('boolean')
    expect(type('edge', 'since')).toBe('long')
    expect(type('edge', 'weight')).toBe('double')
    expect(new Set(keys.map((k) => k.getAttribute('id'))).size).toBe(keys.length)
  })

  it('round-trips names with &, <, quotes, emoji and a line break', () => {
    const n = node('sh-artisans')
    expect(data(n, 'node', 'name')).toBe(TRICKY)
    expect(data(n, 'node', 'label')).toBe(TRICKY)
    expect(data(n, 'node', 'labels')).toBe(':Stakeholder:CreativeProducer')
    expect(data(n, 'node', 'kind')).toBe('CreativeProducer')
    expect(data(n, 'node', 'sectors')).toBe('crafts;textiles')
    expect(data(n, 'node', 'prop_name')).toBe('Old name')
    expect(data(node('sh-online'), 'node', 'name')).toBe(FORMULA)
    expect(data(node('sh-online'), 'node', 'prop_id')).toBe('legacy-7')
    expect(data(node('sh-online'), 'node', 'verified')).toBe('false')
  })

  it('writes coordinates, and nothing for missing values', () => {
    expect(data(node('whc-668'), 'node', 'latitude')).toBe('13.43')
    expect(data(node('whc-668'), 'node', 'longitude')).toBe('103.83')
    expect(data(node('sh-online'), 'node', 'latitude')).toBeUndefined()
    const guild = node('sh-kh-guild')
    expect(data(guild, 'node', 'name')).toBeUndefined()
    expect(data(guild, 'node', 'label')).toBe('sh-kh-guild')
  })

  it('writes edges with source, target, type and properties', () => {
    const r3 = children(root, NS, 'edge').find((e) => e.getAttribute('id') === 'r3')!
    expect(r3.getAttribute('source')).toBe('sh-artisans')
    expect(r3.getAttribute('target')).toBe('sh-kh-guild')
    expect(data(r3, 'edge', 'type')).toBe('MEMBER_OF')
    expect(data(r3, 'edge', 'note')).toBe(NOTE)
    expect(data(r3, 'edge', 'weight')).toBe('0.5')
    const r2 = children(root, NS, 'edge').find((e) => e.getAttribute('id') === 'r2')!
    expect(data(r2, 'edge', 'channels')).toBe('web;mobile')
  })

  it('drops characters XML 1.0 cannot carry, and records truncation', () => {
    const odd: Graph = { truncated: true, nodes: [{ ...graph.nodes[0]!, name: 'A\u0001B\u0008C' }], edges: [] }
    const d = parseXml(graphToGraphML(odd, { title: 't' }))
    const texts = children(d.documentElement!, NS, 'data').map((x) => x.textContent)
    expect(texts).toContain('ABC')
    expect(texts).toContain('true')
  })
})

describe('GEXF', () => {
  const NS = 'http://gexf.net/1.3'
  const doc = parseXml(graphToGEXF(graph, { title: TITLE }))
  const root = doc.documentElement!
  const attrs = (cls: string) => children(root, NS, 'attributes').find((a) => a.getAttribute('class') === cls)!
  const attrId = (cls: string, title: string) => children(attrs(cls), NS, 'attribute').find((a) => a.getAttribute('title') === title)?.getAttribute('id')
  const value = (el: Element, cls: string, title: string) =>
    children(el, NS, 'attvalue').find((v) => v.getAttribute('for') === attrId(cls, title))?.getAttribute('value') ?? undefined
  const node = (id: string) => children(root, NS, 'node').find((n) => n.getAttribute('id') === id)!
  const edge = (id: string) => children(root, NS, 'edge').find((n) => n.getAttribute('id') === id)!

  it('is GEXF 1.3 with a directed graph, 4 nodes and 3 edges', () => {
    expect(root.localName).toBe('gexf')
    expect(root.namespaceURI).toBe(NS)
    expect(root.getAttribute('version')).toBe('1.3')
    const g = children(root, NS, 'graph')[0]!
    expect(g.getAttribute('defaultedgetype')).toBe('directed')
    expect(children(root, NS, 'node')).toHaveLength(4)
    expect(children(root, NS, 'edge')).toHaveLength(3)
    expect(children(root, NS, 'nodes')[0]!.getAttribute('count')).toBe('4')
    expect(children(root, NS, 'description')[0]!.textContent).toBe(TITLE)
  })

  it('declares node and edge attributes with types', () => {
    expect(children(attrs('node'), NS, 'attribute').map((a) => a.getAttribute('title')))
      .toEqual(['kind', 'labels', 'name', 'latitude', 'longitude', ...NODE_PROPS])
    expect(children(attrs('edge'), NS, 'attribute').map((a) => a.getAttribute('title'))).toEqual(['type', ...EDGE_PROPS])
    const type = (cls: string, title: string) => children(attrs(cls), NS, 'attribute').find((a) => a.getAttribute('title') === title)?.getAttribute('type')
    expect(type('node', 'longitude')).toBe('double')
    expect(type('node', 'inscribed')).toBe('long')
    expect(type('node', 'unesco')).toBe('boolean')
    expect(type('edge', 'weight')).toBe('double')
  })

  it('labels nodes by name (or id) and edges by type, escaping round-trips', () => {
    // In an XML attribute a line break is read back as a space (attribute-value normalisation).
    const flat = TRICKY.replace('\n', ' ')
    expect(node('sh-artisans').getAttribute('label')).toBe(flat)
    expect(value(node('sh-artisans'), 'node', 'name')).toBe(flat)
    expect(node('sh-kh-guild').getAttribute('label')).toBe('sh-kh-guild')
    expect(value(node('sh-kh-guild'), 'node', 'name')).toBeUndefined()
    expect(value(node('whc-668'), 'node', 'kind')).toBe('HeritageSite')
    expect(value(node('whc-668'), 'node', 'latitude')).toBe('13.43')
    expect(value(node('whc-668'), 'node', 'longitude')).toBe('103.83')
    expect(value(node('whc-668'), 'node', 'criteria')).toBe('i;ii;iii;iv')
    expect(value(node('sh-online'), 'node', 'name')).toBe(FORMULA)
    const r3 = edge('r3')
    expect(r3.getAttribute('label')).toBe('MEMBER_OF')
    expect(r3.getAttribute('kind')).toBe('MEMBER_OF')
    expect(r3.getAttribute('source')).toBe('sh-artisans')
    expect(r3.getAttribute('target')).toBe('sh-kh-guild')
    expect(value(r3, 'edge', 'note')).toBe(NOTE)
    expect(value(edge('r2'), 'edge', 'since')).toBe('2019')
  })
})

describe('GeoJSON', () => {
  const fc = graphToGeoJSON(graph)

  it('is valid RFC 7946', () => {
    expect(() => check(JSON.stringify(fc))).not.toThrow()
  })

  it('has points for located nodes as [longitude, latitude], and counts the rest', () => {
    const points = fc.features.filter((f) => f.geometry.type === 'Point')
    expect(points.map((p) => p.properties?.id)).toEqual(['whc-668', 'sh-artisans', 'sh-kh-guild'])
    const angkor = points[0]!
    expect(angkor.geometry.coordinates).toEqual([103.83, 13.43])
    expect(angkor.id).toBe('whc-668')
    expect(angkor.properties).toMatchObject({ kind: 'HeritageSite', name: 'Angkor', labels: ['Destination', 'HeritageSite'], inscribed: 1992 })
    expect(points[1]!.properties).toMatchObject({ name: TRICKY, prop_name: 'Old name' })
    expect(fc.skipped).toBe(1)
  })

  it('draws edges between two located ends as lines', () => {
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString')
    expect(lines.map((l) => l.properties?.id)).toEqual(['r1', 'r3'])
    expect(lines[0]!.geometry.coordinates).toEqual([[103.86, 13.36], [103.83, 13.43]])
    expect(lines[0]!.properties).toMatchObject({ type: 'ACTIVE_AT', from: 'sh-artisans', to: 'whc-668', role: 'sells' })
    expect(fc.skippedEdges).toBe(1)
  })

  it('places table rows by location or latitude/longitude', () => {
    const rows = [
      { id: 'a', name: 'A', location: { latitude: 17.97, longitude: 102.6 } },
      { id: 'b', name: 'B', latitude: 21.03, longitude: 105.85 },
      { id: 'c', name: 'C', location: null }
    ]
    const t = rowsToGeoJSON(rows)
    expect(() => check(JSON.stringify(t))).not.toThrow()
    expect(t.features.map((f) => f.geometry.coordinates)).toEqual([[102.6, 17.97], [105.85, 21.03]])
    expect(t.features[0]!.properties).toEqual({ id: 'a', name: 'A' })
    expect(t.skipped).toBe(1)
  })
})

describe('CSV', () => {
  const read = (text: string) => parse(text, { bom: true }) as string[][]

  it('writes one row per node with a BOM, CRLF, quoting and arrays joined', () => {
    const text = graphToCsv(graph)
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text).toContain('\r\n')
    const [header, ...rows] = read(text)
    expect(header).toEqual(['id', 'kind', 'name', 'latitude', 'longitude', 'labels', ...NODE_PROPS])
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual(['whc-668', 'HeritageSite', 'Angkor', '13.43', '103.83', 'Destination;HeritageSite',
      '401.5', 'i;ii;iii;iv', '', '', '', '1992', '', '', '', 'true', ''])
    expect(rows[1]![2]).toBe(TRICKY) // comma, quotes, line break and emoji survive
    expect(rows[1]![header!.indexOf('prop_name')]).toBe('Old name')
    expect(rows[1]![header!.indexOf('sectors')]).toBe('crafts;textiles')
  })

  it('keeps a spreadsheet from running cells as formulas', () => {
    const rows = read(graphToCsv(graph))
    expect(rows[3]![0]).toBe('sh-online') // rows[0] is the header; rows follow node order
    expect(rows[3]![2]).toBe(`'${FORMULA}`)
    expect(rows[4]![2]).toBe('') // no name
    expect(rows[4]![rows[0]!.indexOf('motto')]).toBe("'-less is more")
    expect(rows[3]![rows[0]!.indexOf('verified')]).toBe('false')
  })

  it('writes one row per edge with the names of both ends', () => {
    const [header, ...rows] = read(graphEdgesToCsv(graph))
    expect(header).toEqual(['id', 'type', 'from', 'from_name', 'to', 'to_name', ...EDGE_PROPS])
    expect(rows).toEqual([
      ['r1', 'ACTIVE_AT', 'sh-artisans', TRICKY, 'whc-668', 'Angkor', '', '', 'sells', '2010', ''],
      ['r2', 'PARTNERS_WITH', 'sh-online', `'${FORMULA}`, 'sh-artisans', TRICKY, 'web;mobile', '', '', '2019', ''],
      ['r3', 'MEMBER_OF', 'sh-artisans', TRICKY, 'sh-kh-guild', '', '', NOTE, '', '', '0.5']
    ])
  })

  it('writes table rows in column order, reading dotted keys from nested fields', () => {
    const text = rowsToCsv(['id', { key: 'location.latitude', header: 'lat' }, 'tags', 'score'], [
      { id: 'x', location: { latitude: 10.5, longitude: 100 }, tags: ['a', 'b'], score: -3 },
      { id: 'y', location: null, tags: [], score: null }
    ])
    expect(read(text)).toEqual([['id', 'lat', 'tags', 'score'], ['x', '10.5', 'a;b', '-3'], ['y', '', '', '']])
  })
})

describe('negotiate', () => {
  const req = (accept?: string, format?: unknown) => ({
    headers: accept === undefined ? {} : { accept },
    query: format === undefined ? {} : { format }
  })
  const pick = (accept?: string, format?: unknown, allowed: readonly Format[] = GRAPH_FORMATS) => negotiate(req(accept, format), allowed)
  const problem = (fn: () => unknown) => {
    try { fn() } catch (e) { return e }
    throw new Error('expected a problem')
  }

  it('defaults to JSON', () => {
    expect(pick()).toBe('json')
    expect(pick('*/*')).toBe('json')
    expect(pick('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe('json')
    expect(pick('application/json')).toBe('json')
  })

  it('reads Accept, with q-values, wildcards and aliases', () => {
    expect(pick('text/csv')).toBe('csv')
    expect(pick('text/*')).toBe('csv')
    expect(pick('application/gexf+xml')).toBe('gexf')
    expect(pick('application/graphml+xml')).toBe('graphml')
    expect(pick('application/graphml+xml;q=0.5, application/geo+json')).toBe('geojson')
    expect(pick('application/vnd.geo+json')).toBe('geojson')
    expect(pick('text/csv', undefined, ['json', 'csv-edges'])).toBe('csv-edges')
  })

  it('lets format= win over Accept', () => {
    expect(pick('application/json', 'csv-edges')).toBe('csv-edges')
    expect(pick('text/csv', 'gexf')).toBe('gexf')
    expect(pick('application/xml', 'graphml')).toBe('graphml')
  })

  it('answers 406 listing the allowed formats', () => {
    const a = problem(() => pick(undefined, 'graphml', TABLE_FORMATS))
    expect(a).toBeInstanceOf(HttpProblem)
    expect((a as HttpProblem).status).toBe(406)
    expect((a as HttpProblem).slug).toBe('not-acceptable')
    expect((a as HttpProblem).extra.allowed).toEqual(['json', 'csv', 'geojson'])
    expect((problem(() => pick(undefined, 'xlsx')) as HttpProblem).status).toBe(406)
    const b = problem(() => pick('application/xml')) as HttpProblem
    expect(b.status).toBe(406)
    expect(b.extra.allowed).toEqual([...GRAPH_FORMATS])
  })
})

describe('sending', () => {
  async function app () {
    const a = Fastify({ logger: false })
    await a.register(errorsPlugin)
    a.get('/graph', {
      schema: {
        querystring: Type.Object({ format: Type.Optional(formatParam(GRAPH_FORMATS)) }),
        response: { 200: formatResponse(GraphSchema, GRAPH_FORMATS, 'the graph') }
      }
    }, async (request, reply) => sendGraph(reply, graph, negotiate(request, GRAPH_FORMATS), { filename: 'network whc-668' }))
    a.get('/list', {
      schema: { querystring: Type.Object({ format: Type.Optional(formatParam(TABLE_FORMATS)) }) }
    }, async (request, reply) => {
      const rows = [{ id: 'a', name: 'A, "B"', location: { latitude: 1, longitude: 2 } }]
      return sendTable(reply, ['id', 'name'], rows, negotiate(request, TABLE_FORMATS), { filename: 'stakeholders', json: { items: rows, nextCursor: null } })
    })
    return a
  }

  it('sends each graph format with its media type and file name', async () => {
    const a = await app()
    const cases: Array<[string, string, string | null]> = [
      ['json', 'application/json; charset=utf-8', null],
      ['csv', 'text/csv; charset=utf-8', 'network_whc-668.csv'],
      ['csv-edges', 'text/csv; charset=utf-8', 'network_whc-668-edges.csv'],
      ['graphml', 'application/graphml+xml', 'network_whc-668.graphml'],
      ['gexf', 'application/gexf+xml', 'network_whc-668.gexf'],
      ['geojson', 'application/geo+json; charset=utf-8', 'network_whc-668.geojson']
    ]
    for (const [format, type, file] of cases) {
      const res = await a.inject({ url: `/graph?format=${format}` })
      expect(res.statusCode, format).toBe(200)
      expect(res.headers['content-type']).toBe(type)
      expect(res.headers['content-disposition']).toBe(file === null ? undefined : `attachment; filename="${file}"`)
      expect(res.headers.vary).toContain('Accept')
    }
    const json = await a.inject({ url: '/graph' })
    expect(json.json()).toEqual(graph)
    const geo = await a.inject({ url: '/graph', headers: { accept: 'application/geo+json' } })
    expect(() => check(geo.body)).not.toThrow()
    expect(geo.json().skipped).toBe(1)
    await a.close()
  })

  it('answers 406 as problem+json, and sends tables', async () => {
    const a = await app()
    const res = await a.inject({ url: '/list', headers: { accept: 'application/gexf+xml' } })
    expect(res.statusCode).toBe(406)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ status: 406, type: 'urn:cci-atlas:problem:not-acceptable', allowed: ['json', 'csv', 'geojson'] })
    const csv = await a.inject({ url: '/list?format=csv' })
    expect(parse(csv.body, { bom: true })).toEqual([['id', 'name'], ['a', 'A, "B"']])
    expect(csv.headers['content-disposition']).toBe('attachment; filename="stakeholders.csv"')
    const json = await a.inject({ url: '/list' })
    expect(json.json()).toMatchObject({ nextCursor: null, items: [{ id: 'a' }] })
    const geo = await a.inject({ url: '/list', headers: { accept: 'application/geo+json' } })
    expect(geo.json().features[0].geometry.coordinates).toEqual([2, 1])
    await a.close()
  })
})
