/**
 * A loopback GitHub: a real HTTP server on 127.0.0.1 that records every request the Action makes
 * and answers from a handler, so tests assert what GitHub would have received.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openapiProblems } from './openapi.js';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as it is instead of `body` as JSON: a reply GitHub's proxy might cut short. */
  raw?: string;
}

/** `'never'`: the request is read and never answered, as by a server that hangs. */
export type Handler = (request: Recorded, url: string) => Reply | 'never' | undefined;

export interface LoopbackGitHub {
  url: string;
  requests: Recorded[];
  /** Every way a request broke GitHub's OpenAPI description; GitHub would have answered 422. */
  invalid: string[];
  close(): Promise<void>;
}

export async function startGitHub(handler: Handler): Promise<LoopbackGitHub> {
  const requests: Recorded[] = [];
  const invalid: string[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: Recorded = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: raw ? JSON.parse(raw) : undefined };
    requests.push(recorded);
    const problems = openapiProblems(recorded.method, recorded.path, recorded.query, recorded.body);
    invalid.push(...problems);
    const reply = problems.length
      ? { status: 422, body: { message: 'Invalid request.', errors: problems } }
      : (handler(recorded, base) ?? { status: 404, body: { message: 'Not Found' } });
    if (reply === 'never') return;
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    invalid,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Requests left unanswered on purpose would keep the server open.
        server.closeAllConnections();
      }),
  };
}

/** The usual replies: a paginated file list for pull request 7, and check runs that succeed. */
export function githubLike(files: { filename: string; status: string; patch?: string }[], overrides: Handler = () => undefined): Handler {
  return (request, base) => {
    const special = overrides(request, base);
    if (special) return special;
    if (request.method === 'GET' && request.path === '/repos/o/r/pulls/7/files') {
      const perPage = Number(request.query.get('per_page') ?? 30);
      const page = Number(request.query.get('page') ?? 1);
      const slice = files.slice((page - 1) * perPage, page * perPage);
      const last = Math.ceil(files.length / perPage);
      const headers: Record<string, string> = page < last ? { link: `<${base}/repos/o/r/pulls/7/files?per_page=${perPage}&page=${page + 1}>; rel="next"` } : {};
      return { status: 200, body: slice, headers };
    }
    if (request.method === 'POST' && request.path === '/repos/o/r/check-runs') return { status: 201, body: { id: 42 } };
    if (request.method === 'PATCH' && request.path === '/repos/o/r/check-runs/42') return { status: 200, body: { id: 42 } };
    return undefined;
  };
}
