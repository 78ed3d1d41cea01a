import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { issueUserToken } from '@mam/graphql';
import { createJwtVerifier } from './jwt';

describe('people\'s tokens', () => {
  it('verifies HS256 tokens with the workspace and known roles only', async () => {
    const secret = 's'.repeat(40);
    const verify = createJwtVerifier({ secret });
    const token = await issueUserToken(secret, { subject: 'ed', workspaceId: 'studio-a', roles: ['editor', 'superuser' as never] });
    expect(await verify(token)).toEqual({ subject: 'ed', workspaceId: 'studio-a', roles: ['editor'], kind: 'user' });
    expect(await verify(await issueUserToken('t'.repeat(40), { subject: 'ed', workspaceId: 'studio-a', roles: ['admin'] }))).toBeUndefined();
    expect(await verify('not.a.token')).toBeUndefined();
  });

  it('verifies RS256 tokens against an identity provider\'s JWKS, checking issuer and audience', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
      const verify = createJwtVerifier({ jwksUrl, issuer: 'https://id.example', audience: 'mam' });
      const sign = (issuer: string) =>
        new SignJWT({ workspace_id: 'studio-a', roles: ['reviewer'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('client-7').setIssuer(issuer).setAudience('mam').setExpirationTime('5m').sign(privateKey);
      expect(await verify(await sign('https://id.example'))).toEqual({ subject: 'client-7', workspaceId: 'studio-a', roles: ['reviewer'], kind: 'user' });
      expect(await verify(await sign('https://elsewhere.example'))).toBeUndefined();
    } finally {
      server.close();
    }
  });
});
