import type { Transporter } from 'nodemailer';
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
  // nodemailer loads with the first email, not when the service starts.
  let transport: Promise<Transporter> | undefined;
  return {
    async run(job) {
      if (!smtp.url) throw new NoSmtpServer('no SMTP server is configured (SMTP_URL)');
      transport ??= import('nodemailer').then((nodemailer) => nodemailer.default.createTransport(smtp.url));
      const mail = job.payload as MentionEmail;
      const mailer = await transport;
      const sent = (await mailer.sendMail({
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
