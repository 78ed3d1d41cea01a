import nodemailer from 'nodemailer';
import { defineJobRegistry } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import { MENTION_EMAIL, type MentionEmail } from './review-jobs';

export interface SmtpSettings {
  /** smtp://user:pass@host:port or smtps://…; empty: no emails are sent (the jobs are skipped). */
  url: string;
  from: string;
}

class NoSmtpServer extends Error {}

/** Review's job kinds: an email to someone mentioned in a comment, through the configured SMTP server. */
export function reviewJobRegistry(smtp: SmtpSettings, logger: Logger) {
  const transport = smtp.url ? nodemailer.createTransport(smtp.url) : null;
  return defineJobRegistry({
    [MENTION_EMAIL]: {
      async run(job) {
        if (!transport) throw new NoSmtpServer('no SMTP server is configured (SMTP_URL)');
        const mail = job.payload as MentionEmail;
        const sent = (await transport.sendMail({
          from: smtp.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        })) as { messageId?: string };
        logger.info({ jobId: job.id }, 'mention email sent');
        return { messageId: sent.messageId ?? null };
      },
      classify: (error) => (error instanceof NoSmtpServer ? 'skip' : 'retry'),
    },
  });
}
