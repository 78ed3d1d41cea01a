import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerWebApp } from './web-app';

describe('serving the web build', () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'static'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'static', 'index-abc123.js'), 'console.log(1)');
    const app = express();
    app.post('/graphql', (_req, res) => res.json({ data: {} }));
    expect(registerWebApp(app, dist)).toBe(true);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed files for a year, immutable', async () => {
    const response = await fetch(`${base}/static/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing hashed file with 404, not the page', async () => {
    const response = await fetch(`${base}/static/index-old.js`);
    expect(response.status).toBe(404);
  });

  it('returns index.html, never cached, for the root and for deep links', async () => {
    for (const path of ['/', '/assets/0190a1b2-c3d4', '/sign-in/link', '/admin/members?x=1']) {
      const response = await fetch(base + path, { headers: { accept: 'text/html' } });
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('leaves API paths to their own routes', async () => {
    for (const path of ['/graphql', '/files/abc', '/media/x.mp4', '/auth/me']) {
      const response = await fetch(base + path, { headers: { accept: 'text/html' } });
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('does nothing without a build', () => {
    expect(registerWebApp(express(), join(dist, 'missing'))).toBe(false);
  });
});
