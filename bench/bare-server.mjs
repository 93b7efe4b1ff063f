/**
 * The ceiling the page cache is measured against: a bare `node:http` server answering, from memory,
 * the very bytes the production server sent for each page (same status, headers and compressed body).
 * Started by bench/run.ts as its own process, so that it does not share an event loop with the load
 * generator:
 *
 *   node bench/bare-server.mjs <port> <pages.json>
 *
 * pages.json: `{ "/glossary": { "status": 200, "headers": {...}, "body": "<base64>" }, ... }`.
 * Prints `listening <port>` once it accepts connections.
 */
import fs from 'node:fs'
import http from 'node:http'

const [port, file] = process.argv.slice(2)
if (!port || !file) {
  console.error('usage: node bench/bare-server.mjs <port> <pages.json>')
  process.exit(2)
}
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(file, 'utf8'))).map(([path, page]) => [
    path,
    { status: page.status, headers: page.headers, body: Buffer.from(page.body, 'base64') },
  ]),
)

const server = http.createServer((req, res) => {
  const page = pages.get(req.url ?? '/')
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('not found')
    return
  }
  res.writeHead(page.status, page.headers)
  res.end(page.body)
})
// the same keep-alive behaviour as Node's default server, which Next runs on
server.listen(Number(port), '127.0.0.1', () => console.log(`listening ${port}`))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
