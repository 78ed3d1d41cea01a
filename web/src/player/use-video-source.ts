import Hls from 'hls.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { canSeekNow, type StreamReach } from './pending-seek';
import { renewGrant } from './renew-grant';

/** An HLS stream of the proxy; `id` names it across its URLs (a signed URL changes as it is renewed). */
export interface HlsSource {
  url: string;
  id: string;
}

export interface VideoSource {
  /** Shows `seconds`, at once when the stream holds it, else as soon as it has grown that far. */
  seek: (seconds: number) => void;
  /** The time a seek waits for while the stream is still being written; null when none waits. */
  waitingFor: number | null;
  /** Seconds written so far while the stream is still being written; null once everything is there. */
  writtenSeconds: number | null;
}

const WHOLE_FILE: StreamReach = { availableSeconds: Infinity, ended: true };

/**
 * Plays the proxy in a video element: its HLS stream through hls.js (Media Source Extensions)
 * when it has one, from the start even while the stream is still growing (an EVENT playlist,
 * reloaded as segments are added); natively where the browser plays HLS itself; else the MP4.
 */
export function useVideoSource(video: HTMLVideoElement | null, src: string, hls?: HlsSource): VideoSource {
  const [waitingFor, setWaitingFor] = useState<number | null>(null);
  const [writtenSeconds, setWrittenSeconds] = useState<number | null>(null);
  const reach = useRef<StreamReach>(WHOLE_FILE);
  const pending = useRef<number | null>(null);
  const hlsUrl = useRef(hls?.url);
  hlsUrl.current = hls?.url;
  const streamId = hls && Hls.isSupported() ? hls.id : null;
  // Only what is played decides a reload: the MP4's URL appearing once the proxy is ready does not restart a stream.
  const fileSrc = streamId === null ? src : null;

  const applyPending = useCallback(() => {
    if (!video || pending.current === null || !canSeekNow(pending.current, reach.current)) return;
    video.currentTime = pending.current;
    pending.current = null;
    setWaitingFor(null);
  }, [video]);

  useEffect(() => {
    if (!video) return;
    pending.current = null;
    setWaitingFor(null);
    if (streamId !== null && hlsUrl.current) {
      reach.current = { availableSeconds: 0, ended: false };
      setWrittenSeconds(0);
      const player = new Hls({
        startPosition: 0,
        // The stream outlives one signed URL while it grows: every request goes out under the newest grant.
        xhrSetup: (xhr, url) => {
          const renewed = renewGrant(url, hlsUrl.current);
          if (renewed !== url) xhr.open('GET', renewed, true);
        },
      });
      player.on(Hls.Events.LEVEL_LOADED, (_event, data) => {
        reach.current = { availableSeconds: data.details.totalduration, ended: !data.details.live };
        setWrittenSeconds(data.details.live ? data.details.totalduration : null);
        applyPending();
      });
      player.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        if (data.type === Hls.ErrorTypes.MEDIA_ERROR) player.recoverMediaError();
        else player.startLoad();
      });
      player.attachMedia(video);
      player.loadSource(hlsUrl.current);
      return () => player.destroy();
    }
    reach.current = WHOLE_FILE;
    setWrittenSeconds(null);
    const url = hlsUrl.current && video.canPlayType('application/vnd.apple.mpegurl') ? hlsUrl.current : fileSrc;
    if (url) video.src = url;
    return () => {
      video.removeAttribute('src');
      video.load();
    };
  }, [video, streamId, fileSrc, applyPending]);

  const seek = useCallback(
    (seconds: number) => {
      if (!video) return;
      if (canSeekNow(seconds, reach.current)) {
        pending.current = null;
        setWaitingFor(null);
        video.currentTime = seconds;
        return;
      }
      pending.current = seconds;
      setWaitingFor(seconds);
    },
    [video],
  );
  return { seek, waitingFor, writtenSeconds };
}
