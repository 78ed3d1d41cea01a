import type { TimedWord, Transcription } from '../engine';

interface WhisperToken {
  text?: string;
  offsets?: { from?: number; to?: number };
  p?: number;
}

interface WhisperFullJson {
  result?: { language?: string };
  params?: { language?: string };
  transcription?: { tokens?: WhisperToken[] }[];
}

/** Timestamps, "[_BEG_]", "[_TT_150]", "<|endoftext|>"...: markers, not text. */
function isSpecial(text: string): boolean {
  return /^\s*(\[_[A-Z]+_?\d*\]|<\|[^|]*\|>)\s*$/.test(text);
}

/**
 * Word-timed text of whisper.cpp's full JSON output (`-ojf`): tokens are word pieces, a piece
 * starting with a space starts a word; a word runs from its first piece's start to its last
 * piece's end, with the mean of their probabilities as confidence. Special tokens are dropped.
 * Pure.
 */
export function parseWhisperFullJson(json: string): Transcription {
  const parsed = JSON.parse(json) as WhisperFullJson;
  if (!parsed || !Array.isArray(parsed.transcription))
    throw new Error('whisper.cpp output has no "transcription" list (was it written with -ojf?)');
  const words: TimedWord[] = [];
  let pieces: WhisperToken[] = [];
  const flush = () => {
    const text = pieces
      .map((piece) => piece.text ?? '')
      .join('')
      .trim();
    if (text) {
      const probabilities = pieces.map((piece) => piece.p ?? 0);
      words.push({
        text,
        startMs: pieces[0].offsets?.from ?? 0,
        endMs: pieces[pieces.length - 1].offsets?.to ?? pieces[0].offsets?.from ?? 0,
        confidence: Math.min(1, Math.max(0, probabilities.reduce((sum, p) => sum + p, 0) / probabilities.length)),
      });
    }
    pieces = [];
  };
  for (const segment of parsed.transcription) {
    for (const token of segment.tokens ?? []) {
      const text = token.text ?? '';
      if (isSpecial(text)) continue;
      if (/^\s/.test(text) && pieces.length > 0) flush();
      pieces.push(token);
    }
    flush();
  }
  const code = parsed.result?.language ?? parsed.params?.language ?? 'und';
  return { language: code === 'auto' ? 'und' : code, words };
}
