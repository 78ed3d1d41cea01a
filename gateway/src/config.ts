import { vars, z } from '@mam/config';

const subgraphUrl = (port: number) => z.url().default(`http://127.0.0.1:${port}/graphql`);

/** Environment of the gateway, validated at start. */
export const gatewayConfigShape = z
  .object({
    HOST: vars.host(),
    PORT: vars.port(4000),
    GATEWAY_SIGNING_SECRET: vars.secret(),
    /** HS256 secret for people's JWTs; set this or JWT_JWKS_URL. */
    JWT_SECRET: z.union([z.literal(''), vars.secret()]).default(''),
    /** JWKS endpoint of an identity provider (RS256/ES256 tokens). */
    JWT_JWKS_URL: z.union([z.literal(''), z.url()]).default(''),
    JWT_ISSUER: z.string().default(''),
    JWT_AUDIENCE: z.string().default(''),
    ASSETS_URL: subgraphUrl(4001),
    INGEST_URL: subgraphUrl(4002),
    REVIEW_URL: subgraphUrl(4003),
    DISTRIBUTION_URL: subgraphUrl(4004),
    ARCHIVE_URL: subgraphUrl(4005),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(10).default(5000),
    /** How long a caller's membership (role, groups) and an API key's answer are reused; changes apply within this time. */
    MEMBERSHIP_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(5),
    /** The gateway's public URL; session cookies are Secure when it is https. */
    PUBLIC_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
    /** Express's `trust proxy` (hop count, `loopback`, addresses): which X-Forwarded-For hops give the client address sign-in limits count by. Empty: the connection's address. */
    TRUST_PROXY: z.string().default(''),
    /** How long a session cookie's answer (member, role) is reused; sign-out elsewhere, removal and password changes apply within this time. */
    SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(2),
    LOG_LEVEL: vars.logLevel(),
  })
  .refine((c) => c.JWT_SECRET !== '' || c.JWT_JWKS_URL !== '', { message: 'set JWT_SECRET or JWT_JWKS_URL', path: ['JWT_SECRET'] });

export type GatewayConfig = z.infer<typeof gatewayConfigShape>;
