import { parseCookies, serializeCookie } from './cookies';
import { csrfMatches, csrfTokenFor } from './csrf';

describe('session cookies', () => {
  it('are HttpOnly or readable as asked, SameSite=Lax on every path, Secure only over https', () => {
    expect(serializeCookie('mam_session', 'abc', { httpOnly: true, secure: true, maxAge: 60 })).toBe(
      'mam_session=abc; Path=/; Max-Age=60; SameSite=Lax; HttpOnly; Secure',
    );
    expect(serializeCookie('mam_csrf', 'x/y', { httpOnly: false, secure: false, maxAge: 0 })).toBe(
      'mam_csrf=x%2Fy; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax',
    );
  });

  it('are read from a Cookie header, the first of a name winning', () => {
    expect(parseCookies('a=1; mam_session=tok%3D; a=2; broken; q="quoted"')).toEqual({
      a: '1',
      mam_session: 'tok=',
      q: 'quoted',
    });
    expect(parseCookies(undefined)).toEqual({});
  });

  it("take a CSRF token that is the session's own, in both the header and the cookie", () => {
    const secret = 's'.repeat(40);
    const token = csrfTokenFor('session-1', secret);
    expect(csrfMatches('session-1', secret, token, token)).toBe(true);
    expect(csrfMatches('session-1', secret, token, undefined)).toBe(false);
    expect(csrfMatches('session-1', secret, 'planted', 'planted')).toBe(false);
    expect(csrfMatches('session-2', secret, token, token)).toBe(false);
  });
});
