import { useSyncExternalStore } from 'react';

/**
 * The frame a page's player shows, for the parts of the page that follow it (transcript, lanes):
 * they re-render per frame, the page around them does not.
 */
export interface Playhead {
  frame: () => number;
  playing: () => boolean;
  set: (frame: number, playing: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createPlayhead(): Playhead {
  let frame = 0;
  let playing = false;
  const listeners = new Set<() => void>();
  return {
    frame: () => frame,
    playing: () => playing,
    set(nextFrame, nextPlaying) {
      if (nextFrame === frame && nextPlaying === playing) return;
      frame = nextFrame;
      playing = nextPlaying;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function usePlayheadFrame(playhead: Playhead): number {
  return useSyncExternalStore(playhead.subscribe, playhead.frame);
}

export function usePlayheadPlaying(playhead: Playhead): boolean {
  return useSyncExternalStore(playhead.subscribe, playhead.playing);
}
