import { useEffect, useRef, useState } from 'react';

// A media element can feed only one Web Audio source node in its life: keep it with the element.
const graphs = new WeakMap<HTMLMediaElement, { context: AudioContext; analysers: AnalyserNode[] }>();

function graphFor(media: HTMLMediaElement) {
  let graph = graphs.get(media);
  if (!graph) {
    const context = new AudioContext();
    const source = context.createMediaElementSource(media);
    const splitter = context.createChannelSplitter(2);
    const merger = context.createChannelMerger(2);
    const analysers = [0, 1].map((channel) => {
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      splitter.connect(analyser, channel);
      analyser.connect(merger, 0, channel);
      return analyser;
    });
    source.connect(splitter);
    merger.connect(context.destination);
    graph = { context, analysers };
    graphs.set(media, graph);
  }
  return graph;
}

const toDb = (peak: number) => (peak > 0 ? 20 * Math.log10(peak) : -Infinity);
const FLOOR_DB = -60;
const fill = (db: number) => Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB));

/** Live peak level per channel of what the player plays (the element applies its volume first), in dBFS. */
export function AudioMeter({ media, active }: { media: HTMLMediaElement | null; active: boolean }) {
  const bars = useRef<Array<HTMLDivElement | null>>([]);
  const [peakDb, setPeakDb] = useState(-Infinity);
  useEffect(() => {
    // The audio graph is made on the first play: browsers start audio only after a user gesture.
    if (!media || !active || typeof AudioContext === 'undefined') return;
    const { context, analysers } = graphFor(media);
    void context.resume().catch(() => undefined);
    const buffer = new Float32Array(analysers[0].fftSize);
    let handle = 0;
    let shownAt = 0;
    let held = -Infinity;
    const tick = (now: number) => {
      let loudest = 0;
      analysers.forEach((analyser, i) => {
        analyser.getFloatTimeDomainData(buffer);
        let peak = 0;
        for (const v of buffer) peak = Math.max(peak, Math.abs(v));
        loudest = Math.max(loudest, peak);
        const bar = bars.current[i];
        if (bar) bar.style.transform = `scaleY(${fill(toDb(peak))})`;
      });
      held = Math.max(held, toDb(loudest));
      if (now - shownAt > 500) {
        setPeakDb(held);
        held = -Infinity;
        shownAt = now;
      }
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(handle);
      bars.current.forEach((bar) => bar && (bar.style.transform = 'scaleY(0)'));
    };
  }, [media, active]);
  const label = Number.isFinite(peakDb) && active ? `${peakDb.toFixed(0)} dB` : '−∞ dB';
  return (
    <div
      className="meter"
      title={`Audio level: peak ${label}`}
      role="meter"
      aria-label="Audio level"
      aria-valuemin={FLOOR_DB}
      aria-valuemax={0}
      aria-valuenow={Number.isFinite(peakDb) ? Math.round(peakDb) : FLOOR_DB}
      aria-valuetext={label}
      data-testid="audio-meter"
    >
      <div className="meter-bars">
        {[0, 1].map((i) => (
          <div key={i} className="meter-track">
            <div
              className="meter-fill"
              ref={(el) => {
                bars.current[i] = el;
              }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
