import { secondsToFrames, type FrameRate } from '@mam/timecode';
import { useEffect, useState } from 'react';

/** The frame a video element shows, updated per painted frame while playing and on every seek. */
export function useFrameClock(video: HTMLVideoElement | null, rate: FrameRate): number {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    if (!video) return;
    let handle = 0;
    let alive = true;
    const read = () => setFrame(secondsToFrames(video.currentTime, rate));
    const onFrame = () => {
      if (!alive) return;
      read();
      handle = video.requestVideoFrameCallback(onFrame);
    };
    if ('requestVideoFrameCallback' in video) handle = video.requestVideoFrameCallback(onFrame);
    const events = ['seeked', 'timeupdate', 'loadeddata', 'pause'] as const;
    events.forEach((e) => video.addEventListener(e, read));
    read();
    return () => {
      alive = false;
      if ('cancelVideoFrameCallback' in video) video.cancelVideoFrameCallback(handle);
      events.forEach((e) => video.removeEventListener(e, read));
    };
  }, [video, rate]);
  return frame;
}
