import { videoRenditionsArgs } from './video-renditions-args';

const graphOf = (args: string[]) => args[args.indexOf('-filter_complex') + 1].split(';');

const everyRendition = videoRenditionsArgs({
  proxy: { input: 'in.mov', output: 'proxy.mp4', hasAudio: true },
  poster: { output: 'poster.jpg', seconds: 6 },
  thumbnails: { patternOf: (pass) => `${pass}-%04d.jpg`, durationSeconds: 60, count: 12 },
  filmstrip: { output: 'strip.jpg', durationSeconds: 60, displayWidth: 1920, displayHeight: 1080 },
  waveform: { output: 'wave.s16le' },
});

describe('videoRenditionsArgs', () => {
  it('decodes once: the source feeds the proxy, progress, poster and filmstrip, and the thumbnails take the proxy’s scaled frames', () => {
    const graph = graphOf(everyRendition.args);
    expect(graph[0]).toBe('[0:v:0]split=4[in_proxy][in_progress][in_poster][in_strip]');
    expect(graph[1]).toMatch(/^\[in_proxy\]scale=.*h=720,setsar=1,format=yuv420p,split=2\[proxy\]\[in_thumbs\]$/);
    expect(graph.find((chain) => chain.startsWith('[in_thumbs]'))).toMatch(/^\[in_thumbs\]scale=w=320:/);
    expect(everyRendition.args.filter((arg) => arg === '-i')).toHaveLength(1);
  });

  it('lets one frame into the poster’s scale and the first thumbnail, not every frame after it', () => {
    const graph = graphOf(everyRendition.args);
    expect(graph.find((chain) => chain.startsWith('[in_poster]'))).toMatch(
      /^\[in_poster\]select='gte\(t,6\)\*isnan\(prev_selected_t\)',scale=/,
    );
    expect(graph.find((chain) => chain.startsWith('[t_first]'))).toBe(
      "[t_first]select='isnan(prev_selected_t)',showinfo@first[thumbs_first]",
    );
    const atStart = videoRenditionsArgs({
      proxy: { input: 'in.mov', output: 'proxy.mp4', hasAudio: false },
      poster: { output: 'poster.jpg', seconds: 0 },
    });
    expect(graphOf(atStart.args).find((chain) => chain.startsWith('[in_poster]'))).toMatch(
      /^\[in_poster\]select='isnan\(prev_selected_t\)',scale=/,
    );
  });

  it('feeds the proxy alone from the source when no thumbnails are asked for', () => {
    const graph = graphOf(
      videoRenditionsArgs({
        proxy: { input: 'in.mov', output: 'proxy.mp4', hasAudio: true },
        filmstrip: { output: 'strip.jpg', durationSeconds: 60, displayWidth: 1920, displayHeight: 1080 },
      }).args,
    );
    expect(graph[0]).toBe('[0:v:0]split=3[in_proxy][in_progress][in_strip]');
    expect(graph[1]).toMatch(/format=yuv420p\[proxy\]$/);
  });
});
