import {
  frameSeekTime,
  framesToTimecode,
  secondsToFrames,
  timecodeToFrames,
  durationToFrames,
  TimecodeError,
  type FrameRate,
} from '@mam/timecode';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { FullscreenIcon, MuteIcon, PauseIcon, PlayIcon, StepBackIcon, StepFwdIcon, VolumeIcon } from '../ui/icons';
import { AudioMeter } from './AudioMeter';
import { useFollower } from './use-follower';
import { useFrameClock } from './use-frame-clock';
import { useVideoSource, type HlsSource } from './use-video-source';
import { Waveform, type WaveformSource } from './Waveform';

export interface FilmstripInfo {
  url: string;
  columns: number;
  rows: number;
  count: number;
  intervalSeconds: number;
  tileWidth: number;
  tileHeight: number;
}

export interface PlayerProps {
  /** The MP4 proxy; empty while only its HLS stream exists. */
  src: string;
  /** The proxy's HLS stream, played in preference to the MP4 (it plays while the proxy is still being made). */
  hls?: HlsSource;
  poster?: string;
  rate: FrameRate;
  /** Source timecode of frame 0, in frames, and whether the source counts drop-frame. */
  startFrame: number;
  dropFrame: boolean;
  durationFrames?: number | null;
  filmstrip?: FilmstripInfo;
  waveform?: WaveformSource;
  title: string;
  /** Names the picture when another is compared beside it ("Version 2"). */
  label?: string;
  /** A second picture played in step with this one, side by side. */
  compare?: { src: string; poster?: string; label: string };
  /** Points (one frame) and bars (ranges) on the timeline; clicking one moves to its first frame. */
  markers?: TimelineMarker[];
  onMarker?: (id: string) => void;
  /** Drawn over the picture (annotations), told the video element and the frame it shows. */
  overlay?: (state: { video: HTMLVideoElement | null; frame: number; playing: boolean }) => ReactNode;
  /** Keys the page adds (I and O for in and out points); answer true when the key was used. */
  onKey?: (key: string, frame: number) => boolean;
  /** Told each frame the player shows and whether it plays. */
  onFrame?: (frame: number, playing: boolean) => void;
  controller?: Ref<PlayerController>;
  /** The frame to show first (a search hit's), instead of frame 0. */
  initialFrame?: number;
  /** Drawn under the timeline across its width, on its scale (lanes of what is in the clip). */
  lanes?: ReactNode;
}

export interface TimelineMarker {
  id: string;
  frameIn: number;
  frameOut: number;
  label: string;
  /** pending: an in/out range being marked; resolved: a closed thread. */
  tone?: 'open' | 'resolved' | 'pending' | 'selected';
}

export interface PlayerController {
  seek: (frame: number) => void;
  pause: () => void;
}

const SPEEDS = [1, 2, 4, 8];

/** A frame-accurate player for a proxy: J/K/L shuttle, arrow-key frame steps, source timecode. */
export function Player({
  src,
  hls,
  poster,
  rate,
  startFrame,
  dropFrame,
  durationFrames,
  filmstrip,
  waveform,
  title,
  label: pictureLabel,
  compare,
  markers,
  onMarker,
  overlay,
  onKey,
  onFrame,
  controller,
  initialFrame,
  lanes,
}: PlayerProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [other, setOther] = useState<HTMLVideoElement | null>(null);
  const source = useVideoSource(video, src, hls);
  useFollower(video, compare ? other : null);
  const frame = useFrameClock(video, rate);
  const [playing, setPlaying] = useState(false);
  const [heard, setHeard] = useState(false);
  const [shuttle, setShuttle] = useState(0);
  const [volume, setVolume] = useState(1);
  const [muted, setMuted] = useState(false);
  const [mediaFrames, setMediaFrames] = useState(durationFrames ?? 0);
  const [tcInput, setTcInput] = useState('');
  const [tcError, setTcError] = useState<string>();
  const reverseTimer = useRef<number | undefined>(undefined);
  const tcInputRef = useRef<HTMLInputElement>(null);
  const timelineRef = useRef<HTMLDivElement>(null);
  const [timelineWidth, setTimelineWidth] = useState(0);
  useEffect(() => {
    const el = timelineRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setTimelineWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const lastFrame = Math.max(0, (mediaFrames || durationFrames || 1) - 1);

  const label = (f: number) => framesToTimecode(startFrame + f, rate, { dropFrame });

  const stopReverse = () => {
    if (reverseTimer.current) cancelAnimationFrame(reverseTimer.current);
    reverseTimer.current = undefined;
  };

  const seekFrame = useCallback(
    (f: number) => {
      if (!video) return;
      const target = Math.max(0, Math.min(lastFrame, f));
      source.seek(frameSeekTime(target, rate));
    },
    [video, rate, lastFrame, source],
  );

  const pause = useCallback(() => {
    stopReverse();
    setShuttle(0);
    if (!video) return;
    video.pause();
    video.playbackRate = 1;
    // Settle on the frame being shown, exactly.
    video.currentTime = frameSeekTime(secondsToFrames(video.currentTime, rate), rate);
  }, [video, rate]);

  const step = useCallback(
    (delta: number) => {
      if (!video) return;
      stopReverse();
      setShuttle(0);
      if (!video.paused) video.pause();
      seekFrame(secondsToFrames(video.currentTime, rate) + delta);
    },
    [video, rate, seekFrame],
  );

  const shuttleTo = useCallback(
    (speed: number) => {
      if (!video) return;
      stopReverse();
      setShuttle(speed);
      if (speed > 0) {
        video.playbackRate = speed;
        void video.play().catch(() => undefined);
      } else if (speed < 0) {
        // Browsers do not play backwards: step back in time with the display clock.
        video.pause();
        let last = performance.now();
        const tick = (now: number) => {
          const dt = (now - last) / 1000;
          last = now;
          const next = video.currentTime + speed * dt;
          if (next <= 0) {
            video.currentTime = frameSeekTime(0, rate);
            setShuttle(0);
            reverseTimer.current = undefined;
            return;
          }
          if (!video.seeking) video.currentTime = next;
          reverseTimer.current = requestAnimationFrame(tick);
        };
        reverseTimer.current = requestAnimationFrame(tick);
      } else pause();
    },
    [video, rate, pause],
  );

  const togglePlay = useCallback(() => {
    if (!video) return;
    if (video.paused && shuttle >= 0) shuttleTo(1);
    else pause();
  }, [video, shuttle, shuttleTo, pause]);

  useEffect(() => stopReverse, []);

  useEffect(() => {
    if (!video || !initialFrame || initialFrame <= 0) return;
    const show = () => source.seek(frameSeekTime(initialFrame, rate));
    if (video.readyState >= 1) return show();
    video.addEventListener('loadedmetadata', show, { once: true });
    return () => video.removeEventListener('loadedmetadata', show);
    // The first frame is shown once, when the picture loads; a later seek is the viewer's.
  }, [video, initialFrame, rate]);

  useImperativeHandle(
    controller,
    () => ({
      seek: (f: number) => {
        step(0);
        seekFrame(f);
      },
      pause,
    }),
    [step, seekFrame, pause],
  );

  useEffect(() => onFrame?.(frame, playing), [onFrame, frame, playing]);

  useEffect(() => {
    if (!video) return;
    const onPlay = () => {
      setPlaying(true);
      setHeard(true);
    };
    const onPause = () => setPlaying(false);
    const onMeta = () => {
      if (!durationFrames && Number.isFinite(video.duration)) setMediaFrames(durationToFrames(video.duration, rate));
    };
    video.addEventListener('play', onPlay);
    video.addEventListener('pause', onPause);
    video.addEventListener('loadedmetadata', onMeta);
    return () => {
      video.removeEventListener('play', onPlay);
      video.removeEventListener('pause', onPause);
      video.removeEventListener('loadedmetadata', onMeta);
    };
  }, [video, rate, durationFrames]);

  useEffect(() => {
    if (video) {
      video.volume = volume;
      video.muted = muted;
    }
  }, [video, volume, muted]);

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void wrapRef.current?.requestFullscreen();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    const k = e.key.toLowerCase();
    const handled = true;
    if (e.key === ' ') togglePlay();
    else if (k === 'k') pause();
    else if (k === 'l') shuttleTo(shuttle > 0 ? SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(shuttle) + 1)] : 1);
    else if (k === 'j')
      shuttleTo(shuttle < 0 ? -SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(-shuttle) + 1)] : -1);
    else if (e.key === 'ArrowRight') step(e.shiftKey ? 10 : 1);
    else if (e.key === 'ArrowLeft') step(e.shiftKey ? -10 : -1);
    else if (e.key === 'Home') step(-Infinity);
    else if (e.key === 'End') step(Infinity);
    else if (k === 'm') setMuted((m) => !m);
    else if (k === 'f') fullscreen();
    else if (k === 'g') tcInputRef.current?.focus();
    else if (!(onKey && !e.metaKey && !e.ctrlKey && !e.altKey && onKey(k, frame))) return;
    if (handled) e.preventDefault();
  };

  const goTo = (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const target = timecodeToFrames(tcInput, rate, { dropFrame }) - startFrame;
      if (target < 0 || target > lastFrame) {
        setTcError(`Outside this clip: it runs from ${label(0)} to ${label(lastFrame)}`);
        return;
      }
      setTcError(undefined);
      step(0);
      seekFrame(target);
      wrapRef.current?.focus();
    } catch (error) {
      setTcError(error instanceof TimecodeError ? error.message : 'Write the timecode as HH:MM:SS:FF');
    }
  };

  const seekFromPointer = (e: React.PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const f = Math.round(((e.clientX - r.left) / r.width) * lastFrame);
    step(0);
    seekFrame(f);
  };

  // Filmstrip tiles keep their own aspect; each shows the frame at the time under its middle.
  const tileWidth = filmstrip ? (46 * filmstrip.tileWidth) / filmstrip.tileHeight : 0;
  const boxes = filmstrip && timelineWidth ? Math.ceil(timelineWidth / tileWidth) : 0;
  const tiles = Array.from({ length: boxes }, (_, i) =>
    Math.min(filmstrip!.count - 1, Math.floor((((i + 0.5) * tileWidth) / timelineWidth) * filmstrip!.count)),
  );
  const position = lastFrame ? frame / lastFrame : 0;

  return (
    <div
      className="player"
      ref={wrapRef}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`Player: ${title}. Space plays, arrow keys step frames, J K L shuttle.`}
      role="group"
    >
      <div className={`player-video${compare ? ' compare' : ''}`} onClick={togglePlay}>
        <figure className="player-picture">
          <video
            ref={setVideo}
            poster={poster}
            preload="auto"
            playsInline
            aria-label={pictureLabel ? `${title}, ${pictureLabel}` : title}
            data-testid="player-video"
          />
          {overlay?.({ video, frame, playing })}
          {compare && <figcaption>{pictureLabel}</figcaption>}
        </figure>
        {compare && (
          <figure className="player-picture">
            <video
              ref={setOther}
              src={compare.src}
              poster={compare.poster}
              preload="auto"
              playsInline
              muted
              aria-label={`${title}, ${compare.label}`}
              data-testid="compare-video"
            />
            <figcaption>{compare.label}</figcaption>
          </figure>
        )}
      </div>
      <div className="player-bar">
        {markers && (
          <div className="marker-lane" role="group" aria-label="Comments on the timeline">
            {markers.map((m) => (
              <button
                key={m.id}
                type="button"
                className={`marker ${m.frameOut > m.frameIn ? 'range' : 'point'} ${m.tone ?? 'open'}`}
                style={{
                  left: `${(Math.min(m.frameIn, lastFrame) / (lastFrame || 1)) * 100}%`,
                  width:
                    m.frameOut > m.frameIn
                      ? `${((Math.min(m.frameOut, lastFrame) - Math.min(m.frameIn, lastFrame)) / (lastFrame || 1)) * 100}%`
                      : undefined,
                }}
                aria-label={m.label}
                title={m.label}
                data-testid="timeline-marker"
                data-frame-in={m.frameIn}
                data-frame-out={m.frameOut}
                onPointerDown={(e) => e.stopPropagation()}
                onClick={(e) => {
                  e.stopPropagation();
                  step(0);
                  seekFrame(m.frameIn);
                  onMarker?.(m.id);
                }}
              />
            ))}
          </div>
        )}
        <div
          className="timeline"
          ref={timelineRef}
          role="slider"
          tabIndex={0}
          aria-label="Position"
          aria-valuemin={0}
          aria-valuemax={lastFrame}
          aria-valuenow={frame}
          aria-valuetext={`${label(frame)}, frame ${frame}`}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            seekFromPointer(e);
          }}
          onPointerMove={(e) => e.buttons === 1 && seekFromPointer(e)}
        >
          {filmstrip && (
            <div className="tiles" aria-hidden="true">
              {tiles.map((t, i) => (
                <div
                  key={i}
                  className="tile"
                  style={{
                    width: tileWidth,
                    backgroundImage: `url(${filmstrip.url})`,
                    backgroundSize: `${filmstrip.columns * 100}% ${filmstrip.rows * 100}%`,
                    backgroundPosition: `${filmstrip.columns > 1 ? ((t % filmstrip.columns) / (filmstrip.columns - 1)) * 100 : 0}% ${filmstrip.rows > 1 ? (Math.floor(t / filmstrip.columns) / (filmstrip.rows - 1)) * 100 : 0}%`,
                  }}
                />
              ))}
            </div>
          )}
          {source.writtenSeconds !== null && (
            <div
              className="unwritten"
              title="Still being made"
              data-testid="timeline-unwritten"
              style={{
                left: `${Math.min(1, secondsToFrames(source.writtenSeconds, rate) / (lastFrame || 1)) * 100}%`,
              }}
            />
          )}
          <div className="played" style={{ width: `${position * 100}%` }} />
          <div className="playhead" style={{ left: `calc(${position * 100}% - 1px)` }} />
        </div>
        {waveform && (
          <Waveform source={waveform} durationSeconds={(lastFrame + 1) * (rate.den / rate.num)} position={position} />
        )}
        {lanes}
        <div className="controls">
          <button className="btn ghost icon" aria-label="One frame back (←)" onClick={() => step(-1)}>
            <StepBackIcon />
          </button>
          <button className="btn icon" aria-label={playing ? 'Pause (Space)' : 'Play (Space)'} onClick={togglePlay}>
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button className="btn ghost icon" aria-label="One frame forward (→)" onClick={() => step(1)}>
            <StepFwdIcon />
          </button>
          {source.waitingFor !== null && !shuttle ? (
            <span
              className="shuttle waiting"
              role="status"
              data-testid="player-waiting"
              title="This part of the proxy is still being made: it shows as soon as it is written"
            >
              Wait…
              <span className="sr-only"> for {label(secondsToFrames(source.waitingFor, rate))} to be made</span>
            </span>
          ) : (
            <span className="shuttle" aria-live="polite">
              {shuttle ? `${shuttle > 0 ? '▶' : '◀'} ${Math.abs(shuttle)}×` : ''}
            </span>
          )}
          <output className="timecode" data-testid="timecode" data-frame={frame} aria-label="Timecode">
            <span data-testid="timecode-label">{label(frame)}</span>
            <span className="frame" data-testid="frame-number">
              fr {frame}
            </span>
          </output>
          <form onSubmit={goTo} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <label className="sr-only" htmlFor="goto-tc">
              Go to timecode
            </label>
            <input
              id="goto-tc"
              ref={tcInputRef}
              className="input tc-input"
              placeholder={dropFrame ? 'HH:MM:SS;FF' : 'HH:MM:SS:FF'}
              value={tcInput}
              onChange={(e) => setTcInput(e.target.value)}
              aria-invalid={!!tcError}
              aria-describedby={tcError ? 'goto-error' : undefined}
            />
          </form>
          <div className="spacer" />
          <button
            className="btn ghost icon"
            aria-label={muted ? 'Unmute (M)' : 'Mute (M)'}
            onClick={() => setMuted(!muted)}
          >
            {muted || volume === 0 ? <MuteIcon /> : <VolumeIcon />}
          </button>
          <label className="sr-only" htmlFor="volume">
            Volume
          </label>
          <input
            id="volume"
            className="volume"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={muted ? 0 : volume}
            aria-valuetext={`${Math.round((muted ? 0 : volume) * 100)}%`}
            onChange={(e) => {
              setVolume(Number(e.target.value));
              setMuted(false);
            }}
          />
          <AudioMeter media={video} active={heard} />
          <button className="btn ghost icon" aria-label="Full screen (F)" onClick={fullscreen}>
            <FullscreenIcon />
          </button>
        </div>
        {tcError && (
          <p className="field-error" id="goto-error" role="alert" style={{ margin: '6px 0 0' }}>
            {tcError}
          </p>
        )}
      </div>
    </div>
  );
}
