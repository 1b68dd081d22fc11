/**
 * A plain static file server, as a course's web host would be: files of a build folder under a
 * path prefix, nothing else (no SPA fallback, no compression, no headers beyond the type). The
 * offline spec uses it to "deploy" a new version of a build (`deploy`: a function that rewrites
 * the bytes of a file as they are served).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  /** Every path asked for, with its status. */
  log: string[];
  /** Serve this file's bytes rewritten from now on (a new deploy), by path below the prefix. */
  rewrite: Map<string, (text: string) => string>;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, prefix = '/'): Promise<StaticServer> {
  const log: string[] = [];
  const rewrite = new Map<string, (text: string) => string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: Buffer | string, type = 'text/plain') => {
      log.push(`${status} ${path}`);
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    };
    if (!path.startsWith(prefix)) return send(404, 'not found');
    let rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '.') rel = '';
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    readFile(join(dir, rel)).then(
      (bytes) => {
        const edit = rewrite.get(rel);
        send(
          200,
          edit ? edit(bytes.toString('utf8')) : bytes,
          TYPES[extname(rel)] ?? 'application/octet-stream',
        );
      },
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    rewrite,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
