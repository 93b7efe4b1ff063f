/**
 * Print-ready handouts (issue 15): a topic's handout prints to one or two A4 or Letter pages
 * that carry the topic's principles and how to cite it (read back from the PDF Chromium
 * writes), with a QR code of the topic's address; every topic, principle and the principles
 * list print without navigation, forms or footer, and end with their URL, licence and citation.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { inflateSync } from 'node:zlib'
import { BASE_URL } from './env'

test.use({ javaScriptEnabled: false })

/** Pages and text of a PDF as Chromium (Skia) writes it: Flate streams, Type0 fonts with ToUnicode maps. */
function readPdf(pdf: Buffer): { pages: number; text: string } {
  const raw = pdf.toString('latin1')
  const objects = new Map<number, { dict: string; stream?: string }>()
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!
    const at = body.search(/stream\r?\n/)
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body })
      continue
    }
    const dict = body.slice(0, at)
    const data = Buffer.from(body.slice(at + body.slice(at).indexOf('\n') + 1, body.lastIndexOf('endstream')), 'latin1')
    let stream: string | undefined
    try {
      stream = /FlateDecode/.test(dict) ? inflateSync(data).toString('latin1') : data.toString('latin1')
    } catch {
      stream = undefined // a font file or an image: not text
    }
    objects.set(Number(m[1]), { dict, stream })
  }
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o.dict)).length
  const cmaps = new Map<number, Map<string, string>>()
  for (const [id, o] of objects) {
    const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(o.dict)
    const cmap = ref && objects.get(Number(ref[1]))?.stream
    if (cmap) cmaps.set(id, parseCmap(cmap))
  }
  // font resource names (/F4) → font objects
  const fonts = new Map<string, number>()
  for (const o of objects.values()) {
    const dict = /\/Font\s*<<([^>]*)>>/.exec(o.dict)
    if (dict) for (const f of dict[1]!.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) fonts.set(f[1]!, Number(f[2]))
  }
  let text = ''
  for (const o of objects.values()) {
    if (!o.stream || !/\bT[jJ]\b/.test(o.stream)) continue
    let cmap: Map<string, string> | undefined
    for (const op of o.stream.matchAll(
      /\/(\S+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)|\b(ET|T\*|Td|TD)\b/g,
    )) {
      if (op[1]) cmap = cmaps.get(fonts.get(op[1]) ?? -1)
      else if (op[2]) {
        for (const hex of op[2].matchAll(/<([0-9A-Fa-f]*)>/g)) {
          for (let i = 0; i < hex[1]!.length; i += 4) text += cmap?.get(hex[1]!.slice(i, i + 4).toUpperCase()) ?? ''
        }
      } else text += '\n'
    }
  }
  return { pages, text }
}

/** A ToUnicode CMap: two-byte glyph codes → text. */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  const key = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(key(parseInt(m[1]!, 16)), utf16(m[2]!))
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16)
      const list = m[4] ? [...m[4].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]!) : null
      for (let c = lo; c <= parseInt(m[2]!, 16); c++) {
        const base = m[3] ?? ''
        map.set(
          key(c),
          list ? utf16(list[c - lo] ?? '') : utf16(base.slice(0, -4) + key(parseInt(base.slice(-4), 16) + c - lo)),
        )
      }
    }
  }
  return map
}

/** Text compared as a reader sees it: ligatures, typographic quotes and line breaks do not count. */
const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, '')

/** What the topic page itself lists: its principles' titles and the plain-text citation of the page. */
async function topicFacts(page: Page, topicPath: string) {
  expect((await page.goto(topicPath))?.status()).toBe(200)
  const principles = await page.locator('section[aria-labelledby="principles-title"] .list-title').allInnerTexts()
  const citation = await page.locator('.cite pre.citation-plain').first().innerText()
  return { principles, citation }
}

const TOPICS = [
  { path: '/topics/active-listening', title: 'Active listening' },
  // the topic with the most principles, terms and resources: still two pages at most
  { path: '/fr/topics/allyship-in-practice', title: 'L’alliance en pratique' },
]

for (const topic of TOPICS) {
  const handout = `${topic.path}/handout`

  test(`${handout} prints to one or two A4 and Letter pages with the principles and the citation`, async ({ page }) => {
    const facts = await topicFacts(page, topic.path)
    expect(facts.principles.length).toBeGreaterThan(0)
    // the topic page links to its handout
    await page.locator(`a[href="${handout}"]`).click()
    await expect(page).toHaveURL(`${BASE_URL}${handout}`)
    await expect(page.locator('h1')).toHaveText(topic.title)
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = readPdf(await page.pdf({ format }))
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1)
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2)
      for (const title of facts.principles) expect(squash(text), `${format}: ${title}`).toContain(squash(title))
      expect(squash(text), `${format}: citation`).toContain(squash(facts.citation))
      expect(squash(text), `${format}: URL`).toContain(squash(`${BASE_URL}${topic.path}`))
    }
  })

  test(`${handout} is one accessible page: QR code of the topic, no feedback form, canonical to the topic`, async ({
    page,
  }) => {
    expect((await page.goto(handout))?.status()).toBe(200)
    const qr = page.locator('svg[role="img"].handout-qr')
    await expect(qr).toHaveCount(1)
    expect(await qr.getAttribute('aria-label')).toContain(`${BASE_URL}${topic.path}`)
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h/)
    await expect(page.locator('form[action="/api/submit"]')).toHaveCount(0)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${BASE_URL}${topic.path}`)
    // on paper: only the handout, with its QR code and its closing lines
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.locator('.site-footer')).toBeHidden()
    await expect(page.locator('.handout-screen-note')).toBeHidden()
    await expect(qr).toBeVisible()
    await expect(page.locator('.print-footer')).toBeVisible()
  })
}

test.describe('with JavaScript (axe runs in the page)', () => {
  test.use({ javaScriptEnabled: true })
  for (const topic of TOPICS) {
    test(`${topic.path}/handout has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(`${topic.path}/handout`)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(summary, summary.join('\n')).toEqual([])
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true })
    })
  }
})

test('a handout of a topic that does not exist answers 404', async ({ page }) => {
  expect((await page.goto('/topics/no-such-topic/handout'))?.status()).toBe(404)
})

for (const path of ['/topics/active-listening', '/principles/listen-more-speak-less', '/fr/principles']) {
  test(`${path} prints without navigation, forms or footer, and ends with its URL, licence and citation`, async ({
    page,
  }) => {
    expect((await page.goto(path))?.status()).toBe(200)
    const footer = page.locator('.print-footer')
    await expect(footer).toBeHidden()
    await page.emulateMedia({ media: 'print' })
    for (const hidden of ['.site-header', '.site-footer', 'nav', 'form[action="/api/submit"]']) {
      for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden()
    }
    await expect(footer).toBeVisible()
    await expect(footer.locator('.print-url')).toHaveText(`${BASE_URL}${path}`)
    await expect(footer.locator('.print-citation')).toContainText(`${BASE_URL}${path}`)
    await expect(footer).toContainText('Licence')
    // nothing is printed after it
    expect(
      await footer.evaluate((el) =>
        [...document.body.querySelectorAll('*')].some(
          (n) =>
            el.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING && !el.contains(n) && n.checkVisibility(),
        ),
      ),
    ).toBe(false)
    // on paper: the citation, and where links out lead (paper cannot follow them)
    const { text } = readPdf(await page.pdf({ format: 'A4' }))
    expect(squash(text)).toContain(squash(await footer.locator('.print-citation').innerText()))
    const external = page.locator('main a[href^="http"]:visible').first()
    if (await external.count()) expect(squash(text)).toContain(squash(`(${await external.getAttribute('href')})`))
  })
}
