import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { issueUserToken } from '@mam/graphql';
import { createJwtVerifier } from './jwt';

describe("people's tokens", () => {
  it('verifies HS256 tokens with the workspace and known roles only', async () => {
    const secret = 's'.repeat(40);
    const verify = createJwtVerifier({ secret });
    const token = await issueUserToken(secret, {
      subject: 'ed',
      workspaceId: 'studio-a',
      roles: ['editor', 'superuser' as never],
    });
    expect(await verify(token)).toEqual({ subject: 'ed', workspaceId: 'studio-a', roles: ['editor'], kind: 'user' });
    expect(
      await verify(await issueUserToken('t'.repeat(40), { subject: 'ed', workspaceId: 'studio-a', roles: ['admin'] })),
    ).toBeUndefined();
    expect(await verify('not.a.token')).toBeUndefined();
  });

  it("verifies RS256 tokens against an identity provider's JWKS, checking issuer and audience", async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
      const verify = createJwtVerifier({ jwksUrl, issuer: 'https://id.example', audience: 'mam' });
      const sign = (issuer: string) =>
        new SignJWT({ workspace_id: 'studio-a', roles: ['reviewer'] })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject('client-7')
          .setIssuer(issuer)
          .setAudience('mam')
          .setExpirationTime('5m')
          .sign(privateKey);
      expect(await verify(await sign('https://id.example'))).toEqual({
        subject: 'client-7',
        workspaceId: 'studio-a',
        roles: ['reviewer'],
        kind: 'user',
      });
      expect(await verify(await sign('https://elsewhere.example'))).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('refuses tokens without an expiry, living longer than the cap, or carrying no known role', async () => {
    const secret = 's'.repeat(40);
    const verify = createJwtVerifier({ secret, maxLifetimeSeconds: 3600 });
    const key = new TextEncoder().encode(secret);
    const token = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
      build(
        new SignJWT({ workspace_id: 'studio-a', ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('ed'),
      ).sign(key);
    const good = await token({ roles: ['editor'] }, (jwt) => jwt.setIssuedAt().setExpirationTime('30m'));
    expect(await verify(good)).toEqual({ subject: 'ed', workspaceId: 'studio-a', roles: ['editor'], kind: 'user' });
    expect(await verify(await token({ roles: ['editor'] }, (jwt) => jwt.setIssuedAt()))).toBeUndefined();
    expect(
      await verify(await token({ roles: ['editor'] }, (jwt) => jwt.setIssuedAt().setExpirationTime('2h'))),
    ).toBeUndefined();
    expect(await verify(await token({ roles: ['editor'] }, (jwt) => jwt.setExpirationTime('2h')))).toBeUndefined();
    expect(
      await verify(
        await token({ roles: ['editor'] }, (jwt) =>
          jwt.setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime('30m'),
        ),
      ),
    ).toBeUndefined();
    expect(
      await verify(await token({ roles: ['superuser'] }, (jwt) => jwt.setIssuedAt().setExpirationTime('30m'))),
    ).toBeUndefined();
    expect(await verify(await token({}, (jwt) => jwt.setIssuedAt().setExpirationTime('30m')))).toBeUndefined();
  });

  it('answers UNAVAILABLE, not a bad token, while the identity provider cannot be reached', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ workspace_id: 'studio-a', roles: ['viewer'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('v')
      .setExpirationTime('5m')
      .sign(privateKey);
    const verify = createJwtVerifier({ jwksUrl: `http://127.0.0.1:${port}/jwks.json` });
    await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE', retryable: true } });
    const failing = createServer((_req, res) => res.writeHead(500).end('down'));
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    try {
      const verifyFailing = createJwtVerifier({
        jwksUrl: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/jwks.json`,
      });
      await expect(verifyFailing(token)).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
    } finally {
      failing.close();
    }
  });
});
