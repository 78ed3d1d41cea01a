/**
 * Bits per component of an ffmpeg pixel format: "yuv420p10le" → 10, "rgb48le" → 16,
 * "yuv420p" / "nv12" / "rgb24" → 8. Null when the name says nothing certain.
 */
export function bitDepthFromPixelFormat(pixelFormat: string | null | undefined): number | null {
  if (!pixelFormat) return null;
  const name = pixelFormat.toLowerCase();
  const explicit = /(?:p|f|gray|ya|x2rgb|x2bgr)(\d{1,2})(?:le|be)?$/.exec(name);
  if (explicit) return Number(explicit[1]);
  const packed = /^p0(1\d)(?:le|be)?$/.exec(name);
  if (packed) return Number(packed[1]);
  const wide = /^(?:rgb|bgr|rgba|bgra)(48|64)(?:le|be)?$/.exec(name);
  if (wide) return 16;
  if (/^(?:xyz)12(?:le|be)?$/.test(name)) return 12;
  const bayer = /^bayer_[a-z]{4}(8|16)(?:le|be)?$/.exec(name);
  if (bayer) return Number(bayer[1]);
  if (/^(?:v210|y210)/.test(name)) return 10;
  if (
    /^(?:yuvj?4\d\dp|yuva4\d\dp|nv12|nv21|nv16|nv24|yuyv422|uyvy422|rgb24|bgr24|rgba|bgra|argb|abgr|0rgb|rgb0|0bgr|bgr0|gbrp|gbrap|gray|ya8|pal8)$/.test(
      name,
    )
  )
    return 8;
  return null;
}
