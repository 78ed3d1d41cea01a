// Scale filters that also square the pixels (setsar=1), so anamorphic sources come out at
// their display shape, and keep both sides even as 4:2:0 video needs.

/** Scales to a height; the width follows the display aspect ratio. */
export function scaleToHeight(height: number): string {
  return `scale=w=round(${height}*dar/2)*2:h=${height},setsar=1`;
}

/** Scales to a width; the height follows the display aspect ratio. */
export function scaleToWidth(width: number): string {
  return `scale=w=${width}:h=round(${width}/dar/2)*2,setsar=1`;
}

/** Scales down to at most a width (never up); the height follows the display aspect ratio. */
export function scaleToMaxWidth(width: number): string {
  return `scale=w='min(${width},round(iw*sar/2)*2)':h='round(ow/dar/2)*2',setsar=1`;
}

/** Scales to an exact size (tiles of a filmstrip). */
export function scaleToSize(width: number, height: number): string {
  return `scale=w=${width}:h=${height},setsar=1`;
}
