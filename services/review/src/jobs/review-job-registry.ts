import { defineJobRegistry } from '@mam/jobs';
import type { Logger } from '@mam/logger';
import type { BlobStorage } from '@mam/storage';
import { guestWatermarkHandler } from './guest-watermark';
import { mentionEmailHandler, type SmtpSettings } from './mention-email';
import { GUEST_WATERMARK, MENTION_EMAIL } from './review-jobs';

/** Review's job kinds and their handlers. */
export function reviewJobRegistry(deps: { smtp: SmtpSettings; storage: BlobStorage | null; logger: Logger }) {
  return defineJobRegistry({
    [MENTION_EMAIL]: mentionEmailHandler(deps.smtp, deps.logger),
    [GUEST_WATERMARK]: guestWatermarkHandler(deps.storage, deps.logger),
  });
}
