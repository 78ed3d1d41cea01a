import { loadSharp } from './load-sharp';
import { MediaError } from './errors';

/** What a decodable still is: its format and size; a MediaError when it is not one. */
export async function readStill(input: string | Buffer): Promise<{ format: string; width: number; height: number }> {
  try {
    const { format, width, height } = await (
      await loadSharp()
    )(input, { failOn: 'error', limitInputPixels: 40_000_000 }).metadata();
    if (!format || !width || !height) throw new Error('no picture');
    return { format, width, height };
  } catch (error) {
    throw new MediaError(`not a readable image: ${(error as Error).message}`);
  }
}
