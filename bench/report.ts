/**
 * What the bench reports: the targets of issue 13 with PASS/MISS, the tables printed at the end,
 * bench/results.json and bench/results.svg. The chart is a small hand-written SVG (no chart library
 * is among the project's packages, and the ones that render SVG in Node bring a DOM or a canvas
 * along): bars for requests per second, a logarithmic latency scale, the targets marked on both.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { LoadResult } from './measure'
import type { IntakeResult, Latencies } from './phases'

export type Status = 'PASS' | 'MISS' | 'NOT RUN'
export type Target = { name: string; target: string; value: string; status: Status }

type PublishResult = {
  save: Latencies
  visible: Record<string, Latencies>
  failures: string[]
}

export type Results = {
  machine: {
    cpu: string
    cores: number
    memoryGiB: number
    platform: string
    node: string
    date: string
    loadAverage: { start: number; end: number }
  }
  options: Record<string, unknown> & { connections: number; seconds: number; acceptEncoding: string }
  setup: {
    server: string
    database: string
    catalogue: {
      resources: number
      terms: number
      topics: number
      seconds: number
      documentsWith: Record<string, number>
    }
    published: { resources: number; glossaryTerms: number; topics: number }
    build: { seconds: number | null; source: string }
    coldStartMs: number
    seconds: number
  }
  hits: {
    static: { path: string; bytes: number; load: LoadResult }
    pages: {
      label: string
      path: string
      xcache: string
      wireBytes: number
      htmlBytes: number
      hit: LoadResult
      bare: LoadResult
      vsStatic: number
      vsBare: number
    }[]
  }
  misses: Latencies & { statuses: Record<string, number>; xcache: Record<string, number> }
  search: Latencies & { queries: string[]; perQuery: Record<string, { median: number; max: number; status: number }> }
  publish: { single: PublishResult; two: PublishResult | null; twoNote: string }
  intake: IntakeResult
  memory: { idleBytes: number; peakAfterHitsBytes: number; peakBytes: number }
  targets: Target[]
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`)
const int = (v: number) => Math.round(v).toLocaleString('en-US')
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`
const pass = (ok: boolean): Status => (ok ? 'PASS' : 'MISS')

export function targetsOf(r: Results): Target[] {
  const s = r.hits.static.load
  const targets: Target[] = r.hits.pages.map((p) => ({
    name: `${p.xcache === 'HIT' ? 'hits' : 'renders (no cache hit)'}: ${p.label}`,
    target: '≥ 2.0× static req/s, p99 ≤ static p99',
    value: `${p.vsStatic.toFixed(2)}× (${int(p.hit.rps)} vs ${int(s.rps)}/s), p99 ${ms(p.hit.p99)} vs ${ms(s.p99)}`,
    status: pass(p.vsStatic >= 2 && p.hit.p99 <= s.p99 && p.hit.non2xx === 0 && p.hit.errors === 0),
  }))
  targets.push({
    name: 'cache miss: resource page',
    target: 'median ≤ 30 ms',
    value: `median ${ms(r.misses.median)}, p95 ${ms(r.misses.p95)} (n=${r.misses.n})`,
    status: pass(r.misses.median <= 30),
  })
  targets.push({
    name: 'search',
    target: 'p95 ≤ 50 ms',
    value: `p50 ${ms(r.search.p50)}, p95 ${ms(r.search.p95)} (n=${r.search.n})`,
    status: pass(r.search.p95 <= 50),
  })
  const visible = (p: PublishResult | null, label: string): Target => {
    const l = p?.visible[label]
    return {
      name: `publish → visible: ${label}`,
      target: 'median ≤ 1 s',
      value: l
        ? `median ${ms(l.median)}, max ${ms(l.max)} (n=${l.n})${p!.failures.length ? `, ${p!.failures.length} never` : ''}`
        : r.publish.twoNote,
      status: l ? pass(l.median <= 1000 && p!.failures.length === 0) : 'NOT RUN',
    }
  }
  targets.push(visible(r.publish.single, 'same instance'))
  targets.push(visible(r.publish.two, 'second instance'))
  targets.push({
    name: 'submission intake',
    target: '≥ 200/s, zero errors',
    value: `${r.intake.perSecond.toFixed(0)}/s, ${r.intake.errors} errors`,
    status: pass(r.intake.perSecond >= 200 && r.intake.errors === 0),
  })
  targets.push({
    name: 'server RSS under load',
    target: '≤ 500 MB',
    value: `peak ${mb(r.memory.peakBytes)} (idle ${mb(r.memory.idleBytes)})`,
    status: pass(r.memory.peakBytes <= 500 * 2 ** 20),
  })
  return targets
}

function table(headers: string[], rows: string[][], right: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  const cell = (text: string, i: number) => (right.includes(i) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!))
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

export function printTables(r: Results): void {
  const s = r.hits.static
  const c = r.options
  console.log(
    `\nMachine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, ` +
      `Node ${r.machine.node}, ${r.machine.date}; load average ${r.machine.loadAverage.start.toFixed(1)} at the ` +
      `start, ${r.machine.loadAverage.end.toFixed(1)} at the end`,
  )
  console.log(
    `Server: ${r.setup.server}; ${r.setup.published.resources} published resources, ` +
      `${r.setup.published.glossaryTerms} terms, ${r.setup.published.topics} topics; ` +
      `autocannon -c ${c.connections} -d ${c.seconds}; Accept-Encoding: ${c.acceptEncoding}\n`,
  )
  const row = (name: string, l: LoadResult, bytes: number, extra: string[]) => [
    name,
    int(l.rps),
    ms(l.p50),
    ms(l.p99),
    `${(bytes / 1024).toFixed(1)} KB`,
    String(l.non2xx + l.errors),
    ...extra,
  ]
  console.log(
    table(
      ['requests', 'req/s', 'p50', 'p99', 'body', 'errors', '× static', '× bare', 'X-Cache'],
      [
        row(`static ${s.path}`, s.load, s.bytes, ['1.00', '', 'BYPASS']),
        ...r.hits.pages.flatMap((p) => [
          row(`${p.xcache === 'HIT' ? 'hit' : 'render'} ${p.path}`, p.hit, p.wireBytes, [
            p.vsStatic.toFixed(2),
            p.vsBare.toFixed(2),
            p.xcache,
          ]),
          row(`bare ${p.path}`, p.bare, p.wireBytes, [(p.bare.rps / s.load.rps).toFixed(2), '1.00', '']),
        ]),
      ],
      [1, 2, 3, 4, 5, 6, 7],
    ),
  )
  console.log()
  console.log(
    table(
      ['measure', 'value', 'target', ''],
      [
        ...r.targets.map((t) => [t.name, t.value, t.target, t.status]),
        ['cold start to first page', ms(r.setup.coldStartMs), '', ''],
        [
          'next build',
          r.setup.build.seconds === null ? 'unknown' : `${r.setup.build.seconds.toFixed(0)} s`,
          r.setup.build.source,
          '',
        ],
        [
          'intake detail',
          `${r.intake.accepted} accepted in ${r.intake.seconds.toFixed(1)} s; post p50 ${ms(r.intake.post.p50)}, ` +
            `p99 ${ms(r.intake.post.p99)}; reads ${int(r.intake.reads.rps)}/s alongside`,
          r.intake.tokenSource,
          '',
        ],
      ],
    ),
  )
  const missed = r.targets.filter((t) => t.status === 'MISS').length
  console.log(`\n${r.targets.filter((t) => t.status === 'PASS').length} targets met, ${missed} missed`)
}

// ------------------------------------------------------------------------------------------- SVG
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const COLOURS = {
  static: '#8a8f98',
  hit: '#1f6f5c',
  bare: '#b7d3cb',
  pass: '#1f6f5c',
  miss: '#b3261e',
  target: '#b3261e',
}

export function chartSvg(r: Results): string {
  const W = 980
  const left = 250
  const right = 150
  const plot = W - left - right
  const out: string[] = []
  const text = (x: number, y: number, body: string, attrs = '') =>
    out.push(`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(body)}</text>`)
  let y = 34
  text(20, y, 'Allyship Hub: npm run bench', 'font-size="20" font-weight="700"')
  y += 22
  text(
    20,
    y,
    `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB · Node ${r.machine.node} · ` +
      `${r.machine.date.slice(0, 16).replace('T', ' ')} UTC · load average ${r.machine.loadAverage.start.toFixed(1)} → ` +
      `${r.machine.loadAverage.end.toFixed(1)}`,
    'font-size="12" fill="#444"',
  )
  y += 17
  text(
    20,
    y,
    `${r.setup.server} · ${int(r.setup.published.resources)} resources · autocannon -c ${r.options.connections} -d ${r.options.seconds} s · Accept-Encoding: ${r.options.acceptEncoding}`,
    'font-size="12" fill="#444"',
  )

  // --- requests per second
  y += 36
  text(20, y, 'Requests per second (same connections and duration for each)', 'font-size="15" font-weight="700"')
  y += 14
  const s = r.hits.static.load
  const bars: { label: string; value: number; colour: string; note: string }[] = [
    { label: `static file ${r.hits.static.path}`, value: s.rps, colour: COLOURS.static, note: '' },
  ]
  for (const p of r.hits.pages) {
    bars.push({
      label: `${p.xcache === 'HIT' ? 'page-cache hit' : 'rendered (no cache hit)'} ${p.label}`,
      value: p.hit.rps,
      colour: COLOURS.hit,
      note: `${p.vsStatic.toFixed(2)}× static · ${p.vsBare.toFixed(2)}× bare`,
    })
    bars.push({ label: `bare node:http, same bytes`, value: p.bare.rps, colour: COLOURS.bare, note: '' })
  }
  const maxRps = Math.max(...bars.map((b) => b.value), 2 * s.rps) * 1.05
  // room on the right for the longest label (value and both ratios)
  const bx = (v: number) => left + (v / maxRps) * (plot - 120)
  const barH = 16
  const top = y
  for (const b of bars) {
    y += barH + 6
    text(left - 8, y - 4, b.label, 'font-size="12" text-anchor="end"')
    out.push(
      `<rect x="${left}" y="${y - barH}" width="${Math.max(1, bx(b.value) - left).toFixed(1)}" height="${barH}" fill="${b.colour}"/>`,
    )
    text(bx(b.value) + 5, y - 4, `${int(b.value)}${b.note ? ` · ${b.note}` : ''}`, 'font-size="11"')
  }
  const targetX = bx(2 * s.rps)
  out.push(
    `<line x1="${targetX.toFixed(1)}" y1="${top}" x2="${targetX.toFixed(1)}" y2="${y + 4}" stroke="${COLOURS.target}" stroke-dasharray="4 3"/>`,
  )
  y += 18
  text(targetX, y, 'target: 2× static', `font-size="11" fill="${COLOURS.target}" text-anchor="middle"`)

  // --- latencies on a log scale
  y += 34
  text(20, y, 'Latency, milliseconds (log scale); red tick: target', 'font-size="15" font-weight="700"')
  y += 16
  const two = r.publish.two?.visible['second instance']
  const rows: { label: string; value: number; target?: number; ok?: boolean }[] = [
    { label: 'static file p99', value: s.p99 },
    ...r.hits.pages.map((p) => ({ label: `hit ${p.label} p99`, value: p.hit.p99, target: s.p99 })),
    { label: 'cache miss, median', value: r.misses.median, target: 30 },
    { label: 'search p50', value: r.search.p50 },
    { label: 'search p95', value: r.search.p95, target: 50 },
    { label: 'publish → visible, same', value: r.publish.single.visible['same instance']?.median ?? NaN, target: 1000 },
    ...(two ? [{ label: 'publish → visible, second', value: two.median, target: 1000 }] : []),
    { label: 'intake post p99', value: r.intake.post.p99 },
  ]
  const lo = 0.1
  const hi = 10_000
  const lx = (v: number) => left + (Math.log10(Math.min(hi, Math.max(lo, v)) / lo) / Math.log10(hi / lo)) * plot
  const ltop = y
  for (const row of rows) {
    y += barH + 6
    const ok = row.target === undefined ? undefined : row.value <= row.target
    const colour = ok === undefined ? COLOURS.static : ok ? COLOURS.pass : COLOURS.miss
    text(left - 8, y - 4, row.label, 'font-size="12" text-anchor="end"')
    if (!Number.isNaN(row.value)) {
      out.push(
        `<rect x="${left}" y="${y - barH}" width="${Math.max(1, lx(row.value) - left).toFixed(1)}" height="${barH}" fill="${colour}"/>`,
      )
      text(lx(row.value) + 5, y - 4, ms(row.value), 'font-size="11"')
    }
    if (row.target !== undefined) {
      const tx = lx(row.target)
      out.push(
        `<line x1="${tx.toFixed(1)}" y1="${y - barH - 2}" x2="${tx.toFixed(1)}" y2="${y + 2}" stroke="${COLOURS.target}" stroke-width="2"/>`,
      )
    }
  }
  for (const tick of [0.1, 1, 10, 100, 1000, 10000]) {
    const tx = lx(tick)
    out.push(`<line x1="${tx.toFixed(1)}" y1="${ltop}" x2="${tx.toFixed(1)}" y2="${y + 4}" stroke="#ddd"/>`)
    text(tx, y + 18, tick >= 1000 ? `${tick / 1000} s` : `${tick}`, 'font-size="10" fill="#666" text-anchor="middle"')
  }
  y += 24

  // --- the targets
  y += 30
  text(20, y, 'Targets', 'font-size="15" font-weight="700"')
  for (const t of r.targets) {
    y += 18
    const colour = t.status === 'PASS' ? COLOURS.pass : t.status === 'MISS' ? COLOURS.miss : '#666'
    text(20, y, t.status, `font-size="12" font-weight="700" fill="${colour}"`)
    text(90, y, `${t.name}: ${t.value} (target ${t.target})`, 'font-size="12"')
  }
  y += 18
  text(
    20,
    y + 4,
    `cold start to first page ${ms(r.setup.coldStartMs)} · next build ${r.setup.build.seconds === null ? 'unknown' : `${r.setup.build.seconds.toFixed(0)} s`} · intake tokens: ${r.intake.tokenSource}`,
    'font-size="11" fill="#444"',
  )
  const H = y + 24
  // the background goes first: the rectangle is put in front of everything drawn above
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n')
}

/** bench/results.json and bench/results.svg; returns their paths. */
export function writeResults(r: Results, dir: string): string[] {
  const json = path.join(dir, 'results.json')
  const svg = path.join(dir, 'results.svg')
  fs.writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`)
  fs.writeFileSync(svg, chartSvg(r))
  return [json, svg]
}
