import { useEffect } from 'react';

/** Drift allowed while both play before the follower is put back on the leader's time. */
const PLAYING_DRIFT_SECONDS = 0.08;

/**
 * Makes `follower` mirror `leader`: play, pause, speed and every seek (frame steps included), by
 * time from each file's start. The follower is muted; the leader carries the sound.
 */
export function useFollower(leader: HTMLVideoElement | null, follower: HTMLVideoElement | null): void {
  useEffect(() => {
    if (!leader || !follower) return;
    follower.muted = true;
    const align = () => {
      const target = Number.isFinite(follower.duration)
        ? Math.min(leader.currentTime, follower.duration)
        : leader.currentTime;
      if (follower.currentTime !== target) follower.currentTime = target;
    };
    const onPlay = () => {
      follower.playbackRate = leader.playbackRate;
      align();
      void follower.play().catch(() => undefined);
    };
    const onPause = () => {
      follower.pause();
      align();
    };
    const onRate = () => (follower.playbackRate = leader.playbackRate);
    const onTime = () => {
      if (leader.paused) align();
      else if (Math.abs(follower.currentTime - leader.currentTime) > PLAYING_DRIFT_SECONDS) align();
    };
    const events: Array<[string, () => void]> = [
      ['play', onPlay],
      ['pause', onPause],
      ['ratechange', onRate],
      ['seeking', align],
      ['seeked', align],
      ['timeupdate', onTime],
    ];
    events.forEach(([name, handler]) => leader.addEventListener(name, handler));
    follower.addEventListener('loadedmetadata', align);
    align();
    if (!leader.paused) onPlay();
    return () => {
      events.forEach(([name, handler]) => leader.removeEventListener(name, handler));
      follower.removeEventListener('loadedmetadata', align);
      follower.pause();
    };
  }, [leader, follower]);
}
