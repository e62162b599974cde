// A minimal static file server for the built site, mounted under an optional base path,
// so browser tests see exactly what a static host would serve. With `gzip`, text is compressed
// for clients that accept it, as any production host does (Lighthouse judges transfer sizes).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml|application\/wasm)/u;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function serveDist(dir = 'dist', base = '/', options: { gzip?: boolean } = {}): Promise<RunningServer> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html not found: run \`npm run build\` first`);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('outside base');
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length - 1))));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html')).on('error', () => res.end('not found')).pipe(res);
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(path).pipe(createGzip({ level: 6 })).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
