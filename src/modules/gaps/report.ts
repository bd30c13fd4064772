// The gap analysis as a report a minister can read: Markdown, or one self-contained HTML page
// (inline CSS, an inline SVG chart, no scripts) that prints and emails well.
import type { GapAnalysis, RecommendationResult, Status } from './engine.js'

export interface ReportInput {
  focus: GapAnalysis
  /** the five countries side by side, for the chart */
  comparison: GapAnalysis[]
  /** scores of the previous snapshot of the focus, by recommendation id */
  previous?: { takenAt: string, scores: Record<string, number | null> } | null
  countryNames: Record<string, string>
}

const STATUS_COLOUR: Record<Status, string> = { met: '#1a7f37', partial: '#bf8700', gap: '#cf222e', 'no-data': '#6e7781' }
const STATUS_LABEL: Record<Status, string> = { met: 'met', partial: 'partial', gap: 'gap', 'no-data': 'no data' }
const COUNTRY_COLOUR = ['#0969da', '#8250df', '#bf3989', '#1a7f37', '#bc4c00', '#57606a']

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!))
const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`)

function fmtValue (v: number | boolean | null, unit: string): string {
  if (v === null) return 'no data'
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  return unit === 'ratio' ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100)
}

function delta (rec: RecommendationResult, previous: ReportInput['previous']): string {
  const before = previous?.scores[rec.id]
  if (previous == null || before === undefined || before === null || rec.score === null) return ''
  const d = Math.round((rec.score - before) * 100)
  return d === 0 ? '±0' : d > 0 ? `+${d}` : `${d}`
}

function placeName (input: ReportInput, country: string | null): string {
  return country === null ? 'the Mekong region (KH, LA, MM, TH, VN)' : `${input.countryNames[country] ?? country} (${country})`
}

function topActions (focus: GapAnalysis, n = 12) {
  return focus.recommendations
    .filter((r) => r.status !== 'met')
    .sort((a, b) => (a.score ?? -1) - (b.score ?? -1))
    .flatMap((r) => r.suggestions.slice(0, 3).map((s) => ({ rec: r.id, ...s })))
    .slice(0, n)
}

export function reportMarkdown (input: ReportInput): string {
  const { focus, previous } = input
  const out: string[] = []
  out.push(`# CCI ecosystem gap report: ${placeName(input, focus.country)}`, '')
  out.push(`Generated ${focus.generatedAt} by CCI Atlas from the ecosystem graph, against the 12 recommendations of the policy brief on smart tourism and creative industries in the Mekong countries.`, '')
  out.push(`Status: met ≥ ${focus.thresholds.met}, gap < ${focus.thresholds.gap}, partial between; no data when no indicator has a denominator. ` +
    `Summary: ${focus.summary.met} met, ${focus.summary.partial} partial, ${focus.summary.gap} gaps, ${focus.summary['no-data']} without data.`, '')
  if (previous) out.push(`Change is measured against the snapshot of ${previous.takenAt} (percentage points).`, '')
  out.push('| | recommendation | score | status | change |', '|---|---|---|---|---|')
  for (const r of focus.recommendations) out.push(`| ${r.id} | ${r.title} | ${pct(r.score)} | ${STATUS_LABEL[r.status]} | ${delta(r, previous)} |`)
  out.push('')
  if (input.comparison.length > 1) {
    out.push('## Countries side by side', '', `| | ${input.comparison.map((c) => c.country ?? 'region').join(' | ')} |`, `|---|${input.comparison.map(() => '---').join('|')}|`)
    for (const r of focus.recommendations) {
      out.push(`| ${r.id} | ${input.comparison.map((c) => pct(c.recommendations.find((x) => x.id === r.id)?.score ?? null)).join(' | ')} |`)
    }
    out.push('')
  }
  out.push('## Top suggested actions', '')
  const actions = topActions(focus)
  if (actions.length === 0) out.push('Nothing to suggest: every recommendation is met.')
  for (const a of actions) out.push(`- **${a.rec}** ${a.action} — ${a.reason}`)
  out.push('', '## The evidence, recommendation by recommendation', '')
  for (const r of focus.recommendations) {
    out.push(`### ${r.id} ${r.title}: ${pct(r.score)} (${STATUS_LABEL[r.status]})`, '')
    for (const i of r.indicators) {
      const ratio = i.unit === 'ratio' && i.numerator !== null && i.denominator !== null ? ` (${i.numerator} of ${i.denominator})` : ''
      out.push(`- ${i.title}: **${fmtValue(i.value, i.unit)}**${ratio}, target ${fmtValue(i.unit === 'boolean' ? true : i.target, i.unit)} — ${i.description}`)
      if (i.evidence.length > 0) out.push(`  Evidence: ${i.evidence.slice(0, 5).map((e) => `${e.name} (${e.kind})`).join('; ')}${i.evidence.length > 5 ? '; …' : ''}`)
    }
    out.push('')
  }
  return out.join('\n')
}

/** Grouped bars: recommendations along x, one bar per country, score 0–100% up. */
export function comparisonSvg (comparison: GapAnalysis[]): string {
  const recs = comparison[0]?.recommendations.map((r) => r.id) ?? []
  const width = 900
  const height = 280
  const left = 40
  const bottom = 40
  const top = 20
  const plotH = height - top - bottom
  const groupW = (width - left - 10) / Math.max(1, recs.length)
  const barW = Math.max(2, (groupW - 8) / Math.max(1, comparison.length))
  const parts: string[] = []
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height + 30}" role="img" aria-label="Scores per recommendation and country" font-family="sans-serif" font-size="11">`)
  for (const t of [0, 0.4, 0.8, 1]) {
    const y = top + plotH * (1 - t)
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y}" y2="${y}" stroke="${t === 0 ? '#333' : '#d0d7de'}" stroke-dasharray="${t === 0 || t === 1 ? '' : '4 3'}"/>`)
    parts.push(`<text x="${left - 6}" y="${y + 4}" text-anchor="end">${Math.round(t * 100)}%</text>`)
  }
  recs.forEach((id, g) => {
    const x0 = left + g * groupW + 4
    comparison.forEach((c, k) => {
      const score = c.recommendations.find((r) => r.id === id)?.score ?? null
      const h = score === null ? 0 : plotH * score
      const x = x0 + k * barW
      if (score === null) parts.push(`<text x="${x + barW / 2}" y="${top + plotH - 3}" text-anchor="middle" fill="#6e7781" font-size="8">?</text>`)
      else parts.push(`<rect x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${COUNTRY_COLOUR[k % COUNTRY_COLOUR.length]}"><title>${esc(c.country ?? 'region')} ${id}: ${pct(score)}</title></rect>`)
    })
    parts.push(`<text x="${x0 + (groupW - 8) / 2}" y="${top + plotH + 16}" text-anchor="middle">${id}</text>`)
  })
  comparison.forEach((c, k) => {
    const x = left + k * 90
    parts.push(`<rect x="${x}" y="${height + 8}" width="12" height="12" fill="${COUNTRY_COLOUR[k % COUNTRY_COLOUR.length]}"/><text x="${x + 16}" y="${height + 18}">${esc(c.country ?? 'region')}</text>`)
  })
  parts.push('</svg>')
  return parts.join('')
}

export function reportHtml (input: ReportInput): string {
  const { focus, previous } = input
  const place = placeName(input, focus.country)
  const rows = focus.recommendations.map((r) => `<tr><td>${r.id}</td><td>${esc(r.title)}</td><td class="num">${pct(r.score)}</td>` +
    `<td><span class="status" style="background:${STATUS_COLOUR[r.status]}">${STATUS_LABEL[r.status]}</span></td><td class="num">${delta(r, previous)}</td></tr>`).join('\n')
  const actions = topActions(focus).map((a) => `<li><b>${a.rec}</b> ${esc(a.action)}<br><small>${esc(a.reason)}</small></li>`).join('\n')
  const details = focus.recommendations.map((r) => `<section><h3>${r.id} ${esc(r.title)} <span class="status" style="background:${STATUS_COLOUR[r.status]}">${STATUS_LABEL[r.status]} ${pct(r.score)}</span></h3><ul>` +
    r.indicators.map((i) => `<li>${esc(i.title)}: <b>${esc(fmtValue(i.value, i.unit))}</b>${i.unit === 'ratio' && i.numerator !== null && i.denominator !== null ? ` (${i.numerator} of ${i.denominator})` : ''}` +
      ` <small>target ${esc(fmtValue(i.unit === 'boolean' ? true : i.target, i.unit))}; ${esc(i.description)}</small>` +
      (i.evidence.length > 0 ? `<br><small>Evidence: ${i.evidence.slice(0, 5).map((e) => esc(`${e.name} (${e.kind})`)).join('; ')}${i.evidence.length > 5 ? '; …' : ''}</small>` : '') + '</li>').join('') +
    '</ul></section>').join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CCI ecosystem gap report: ${esc(place)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1f2328;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #d0d7de}h3{font-size:1.05em;margin:1.2em 0 .3em}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:.35em .5em;text-align:left}td.num{text-align:right;white-space:nowrap}
.status{display:inline-block;color:#fff;border-radius:4px;padding:0 .5em;font-size:.85em;white-space:nowrap}
.meta{color:#57606a}small{color:#57606a}li{margin:.3em 0}
@media print{body{margin:0;max-width:none}section{break-inside:avoid}a{color:inherit}}
</style></head><body>
<h1>CCI ecosystem gap report: ${esc(place)}</h1>
<p class="meta">Generated ${esc(focus.generatedAt)} by CCI Atlas against the 12 recommendations of the policy brief on smart tourism and creative industries in the Mekong countries.
Status: <b>met</b> at ${pct(focus.thresholds.met)} or more, <b>gap</b> below ${pct(focus.thresholds.gap)}, <b>partial</b> between; <b>no data</b> when nothing could be measured.
${previous ? `Change in percentage points since the snapshot of ${esc(previous.takenAt)}.` : ''}</p>
<p><b>${focus.summary.met}</b> met, <b>${focus.summary.partial}</b> partial, <b>${focus.summary.gap}</b> gaps, <b>${focus.summary['no-data']}</b> without data.</p>
<table><thead><tr><th></th><th>Recommendation</th><th class="num">Score</th><th>Status</th><th class="num">Change</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Countries compared</h2>
${comparisonSvg(input.comparison)}
<h2>Top suggested actions</h2>
<ol>${actions || '<li>Nothing to suggest: every recommendation is met.</li>'}</ol>
<h2>The evidence</h2>
${details}
</body></html>
`
}
