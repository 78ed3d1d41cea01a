/** [min0, max0, min1, max1, ...] in -1..1, `perSecond` pairs per second of audio. */
export interface Peaks {
  peaks: number[];
  perSecond: number;
}

/** Proxies above this size are not downloaded whole just to draw their waveform. */
const DECODE_LIMIT_BYTES = 64 * 1024 * 1024;

/** The waveform rendition's JSON (written by ingest) as peaks. */
export async function fetchWaveformRendition(url: string, signal: AbortSignal): Promise<Peaks> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`waveform ${response.status}`);
  const json = (await response.json()) as { peaks: number[]; bucketsPerSecond: number };
  return { peaks: json.peaks, perSecond: json.bucketsPerSecond };
}

/** Peaks computed in the browser from a proxy's audio (Web Audio decodeAudioData), for versions without a waveform rendition. */
export async function decodeProxyPeaks(url: string, signal: AbortSignal, perSecond = 20): Promise<Peaks | null> {
  const head = await fetch(url, { method: 'HEAD', credentials: 'same-origin', signal });
  const size = Number(head.headers.get('content-length') ?? 0);
  if (!head.ok || !size || size > DECODE_LIMIT_BYTES) return null;
  const bytes = await (await fetch(url, { credentials: 'same-origin', signal })).arrayBuffer();
  const context = new OfflineAudioContext(1, 1, 8000);
  let audio: AudioBuffer;
  try {
    audio = await context.decodeAudioData(bytes);
  } catch {
    return null; // no audio track
  }
  const per = Math.max(1, Math.round(audio.sampleRate / perSecond));
  const channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
  const peaks: number[] = [];
  for (let start = 0; start < audio.length; start += per) {
    let min = 0;
    let max = 0;
    const end = Math.min(audio.length, start + per);
    for (const data of channels) {
      for (let i = start; i < end; i++) {
        const v = data[i];
        if (v < min) min = v;
        else if (v > max) max = v;
      }
    }
    peaks.push(min, max);
  }
  return { peaks, perSecond: audio.sampleRate / per };
}
