import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real read speech with reference transcripts, from Debian's pocketsphinx-testdata. */
export const LIBRIVOX_DIR = '/usr/share/pocketsphinx/test/data/librivox';

export interface ReferenceClip {
  id: string;
  wav: string;
  /** What is said, lower case, without the <s> </s> marks. */
  reference: string;
}

/** The LibriVox clips and what is said in each; throws when the test data is not installed. */
export function librivoxClips(): ReferenceClip[] {
  const text = readFileSync(join(LIBRIVOX_DIR, 'transcription'), 'utf8');
  return text
    .split('\n')
    .map((line) => /^<s>\s*(.*?)\s*<\/s>\s*\((\S+)\)\s*$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ id: match[2], wav: join(LIBRIVOX_DIR, `${match[2]}.wav`), reference: match[1] }));
}
