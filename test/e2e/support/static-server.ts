/**
 * A tiny web server on 127.0.0.1 for the production build: the files of one folder with
 * their proper content types, plus optional pages held in memory (the benchmark's bare page).
 * It records every path asked for, so a test can tell which files the pane really loaded.
 */
import * as fs from "node:fs/promises";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  readonly origin: string;
  /** Every path requested so far, in order ("/taskpane.html", "/office-js/office.js", …). */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

export interface InMemoryPage {
  readonly body: string;
  readonly contentType?: string;
}

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** The file under `root` a URL path names, or null when it would step outside `root`. */
function fileFor(root: string, urlPath: string): string | null {
  const file = path.join(root, decodeURIComponent(urlPath));
  return file.startsWith(root + path.sep) ? file : null;
}

async function sendFile(response: http.ServerResponse, file: string | null): Promise<void> {
  const body = file === null ? null : await fs.readFile(file).catch(() => null);
  if (file === null || body === null) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  response.writeHead(200, { "Content-Type": contentType(file), "Content-Length": body.length }).end(body);
}

export async function startStaticServer(
  root: string,
  pages: Readonly<Record<string, InMemoryPage>> = {},
): Promise<StaticServer> {
  const requested: string[] = [];
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    requested.push(pathname);
    const page = pages[pathname];
    if (page) {
      response.writeHead(200, { "Content-Type": page.contentType ?? CONTENT_TYPES[".html"] }).end(page.body);
      return;
    }
    void sendFile(response, fileFor(base, pathname));
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((closed, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : closed()));
      }),
  };
}
