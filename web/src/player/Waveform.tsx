import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { decodeProxyPeaks, fetchWaveformRendition, type Peaks } from './waveform-peaks';

export interface WaveformSource {
  /** The waveform rendition's JSON, when ingest made one. */
  renditionUrl?: string;
  /** Otherwise the proxy, decoded in the browser. */
  proxyUrl?: string;
}

function draw(canvas: HTMLCanvasElement, data: Peaks, durationSeconds: number) {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth * ratio;
  const height = canvas.clientHeight * ratio;
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g || !width) return;
  g.clearRect(0, 0, width, height);
  const pairs = data.peaks.length / 2;
  const seconds = durationSeconds || pairs / data.perSecond;
  const mid = height / 2;
  // Scaled to the loudest peak so quiet sound still shows its shape; the meter tells the level.
  let loudest = 0;
  for (const v of data.peaks) loudest = Math.max(loudest, Math.abs(v));
  const gain = 0.95 / Math.max(loudest, 0.02);
  g.fillStyle = 'rgba(154, 143, 255, 0.75)';
  for (let x = 0; x < width; x++) {
    const from = Math.floor((x / width) * seconds * data.perSecond);
    const to = Math.max(from + 1, Math.floor(((x + 1) / width) * seconds * data.perSecond));
    let min = 0;
    let max = 0;
    for (let i = from; i < to && i < pairs; i++) {
      min = Math.min(min, data.peaks[2 * i]);
      max = Math.max(max, data.peaks[2 * i + 1]);
    }
    const top = mid - max * gain * mid;
    g.fillRect(x, top, 1, Math.max(ratio, mid - min * gain * mid - top));
  }
}

/** The audio's min/max envelope under the timeline; nothing when the media has no audio. */
export function Waveform({
  source,
  durationSeconds,
  position,
}: {
  source: WaveformSource;
  durationSeconds: number;
  position: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const peaks = useQuery({
    queryKey: ['waveform', source.renditionUrl ?? source.proxyUrl],
    queryFn: ({ signal }) =>
      source.renditionUrl
        ? fetchWaveformRendition(source.renditionUrl, signal)
        : decodeProxyPeaks(source.proxyUrl!, signal),
    enabled: !!(source.renditionUrl || source.proxyUrl),
    staleTime: Infinity,
    retry: false,
  });
  const data = peaks.data;
  useEffect(() => {
    const el = canvas.current;
    if (!el || !data) return;
    const redraw = () => draw(el, data, durationSeconds);
    redraw();
    const ro = new ResizeObserver(redraw);
    ro.observe(el);
    return () => ro.disconnect();
  }, [data, durationSeconds]);
  if (!data || data.peaks.length === 0) return null;
  return (
    <div className="waveform" data-testid="waveform" aria-hidden="true">
      <canvas ref={canvas} />
      <div className="playhead" style={{ left: `calc(${position * 100}% - 1px)` }} />
    </div>
  );
}
