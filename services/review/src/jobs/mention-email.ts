import nodemailer from 'nodemailer';
import type { JobHandler } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import type { MentionEmail } from './review-jobs';

export interface SmtpSettings {
  /** smtp://user:pass@host:port or smtps://…; empty: no emails are sent (the jobs are skipped). */
  url: string;
  from: string;
}

class NoSmtpServer extends Error {}

/** An email to someone mentioned in a comment, through the configured SMTP server. */
export function mentionEmailHandler(smtp: SmtpSettings, logger: Logger): JobHandler {
  const transport = smtp.url ? nodemailer.createTransport(smtp.url) : null;
  return {
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
  };
}
