import { serviceConfigShape, z } from '@mam/config';

/** Environment of the review service, validated at start. */
export const reviewConfigShape = serviceConfigShape('review').extend({
  /** SMTP server for emails to people mentioned in comments (smtp://user:pass@host:port, smtps://…); empty: none are sent. */
  SMTP_URL: z.string().default(''),
  /** Sender of those emails. */
  SMTP_FROM: z.string().default('MAM review <review@localhost>'),
  /** Where masters live (read only: review reports show the commented frames); empty: reports go without pictures. */
  STORAGE_DIR: z.string().default(''),
});
export type ReviewConfig = z.infer<typeof reviewConfigShape>;
