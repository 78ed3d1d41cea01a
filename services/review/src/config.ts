import { serviceConfigShape, vars, z } from '@mam/config';

/** Environment of the review service, validated at start. */
export const reviewConfigShape = serviceConfigShape('review').extend({
  /** SMTP server for emails to people mentioned in comments (smtp://user:pass@host:port, smtps://…); empty: none are sent. */
  SMTP_URL: z.string().default(''),
  /** Sender of those emails. */
  SMTP_FROM: z.string().default('MAM review <review@localhost>'),
  /** Where masters and renditions live (ingest's STORAGE_DIR): commented frames in reports, downloads, guests' watermarked proxies; empty: none of these. */
  STORAGE_DIR: z.string().default(''),
  /** Ingest's secret for signed media URLs, so review hands out the same URLs; empty: review gives no media URLs. */
  MEDIA_SIGNING_SECRET: z.union([z.literal(''), vars.secret()]).default(''),
  /** The gateway's public URL, which media URLs start with; empty gives paths. */
  PUBLIC_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
  /** Lifetime of a member's media URLs (as ingest's). */
  MEDIA_URL_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  /** Lifetime of a guest's media URLs; never past the link's or the guest session's end. */
  GUEST_MEDIA_URL_TTL_SECONDS: z.coerce.number().int().positive().default(300),
});
export type ReviewConfig = z.infer<typeof reviewConfigShape>;
