/**
 * A tiny static file server for dist/, mounted under the site's base path the way GitHub Pages
 * serves a project site: "/<repo>/x/" -> dist/x/index.html, "/<repo>/x" -> 301 to "/<repo>/x/",
 * anything outside the base or missing -> 404. Listens on 127.0.0.1, random port.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** The site root with its base, ending in "/": "http://127.0.0.1:<port>/bibliosite/" */
  url: string;
  /** Every request served, in order, with its status (for debugging a failing test). */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** Normalises a base ("/", "/repo", "repo/") to "/" or "/repo/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

export async function serveDist(distDir: string, base = "/"): Promise<StaticServer> {
  const root = resolve(distDir);
  const prefix = normaliseBase(base);
  const log: StaticServer["log"] = [];

  const server: Server = createServer((req, res) => {
    const send = (status: number, body = "", headers: Record<string, string> = {}): void => {
      log.push({ path: req.url ?? "", status });
      res.writeHead(status, { "cache-control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(400, "bad request");
    }
    if (pathname === prefix.slice(0, -1) && prefix !== "/") {
      return send(301, "", { location: prefix });
    }
    if (!pathname.startsWith(prefix)) return send(404, "not found (outside the base path)");
    const rel = pathname.slice(prefix.length);
    let file = resolve(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return send(404, "not found");

    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        const query = (req.url ?? "").includes("?") ? (req.url ?? "").slice((req.url ?? "").indexOf("?")) : "";
        return send(301, "", { location: `${pathname}/${query}` });
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(root, "404.html");
      if (existsSync(notFound)) {
        log.push({ path: req.url ?? "", status: 404 });
        res.writeHead(404, { "content-type": TYPES[".html"]!, "cache-control": "no-store" });
        if (req.method === "HEAD") return void res.end();
        return void createReadStream(notFound).pipe(res);
      }
      return send(404, "not found");
    }
    log.push({ path: req.url ?? "", status: 200 });
    res.writeHead(200, {
      "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": String(statSync(file).size),
      "cache-control": "no-store",
    });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(res);
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
