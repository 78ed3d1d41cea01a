import { useState } from 'react';
import { ZoomInIcon, ZoomOutIcon } from '../ui/icons';

/** A still with zoom: buttons, +/- keys, the wheel, and a click to toggle fit / 200 %. */
export function ImageViewer({ src, alt }: { src: string; alt: string }) {
  const [zoom, setZoom] = useState(1);
  const [origin, setOrigin] = useState('50% 50%');
  const clamp = (z: number) => Math.max(1, Math.min(8, z));
  return (
    <div
      className="image-viewer"
      tabIndex={0}
      role="group"
      aria-label={`Image: ${alt}. Plus and minus zoom.`}
      style={{ cursor: zoom > 1 ? 'zoom-out' : 'zoom-in' }}
      onKeyDown={(e) => {
        if (e.key === '+' || e.key === '=') setZoom((z) => clamp(z * 1.25));
        else if (e.key === '-') setZoom((z) => clamp(z / 1.25));
        else if (e.key === '0') setZoom(1);
      }}
      onWheel={(e) => setZoom((z) => clamp(z * (e.deltaY < 0 ? 1.1 : 1 / 1.1)))}
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        setOrigin(`${((e.clientX - r.left) / r.width) * 100}% ${((e.clientY - r.top) / r.height) * 100}%`);
        setZoom((z) => (z > 1 ? 1 : 2));
      }}
    >
      <img src={src} alt={alt} style={{ transform: `scale(${zoom})`, transformOrigin: origin }} draggable={false} />
      <div className="zoom-controls" onClick={(e) => e.stopPropagation()}>
        <button className="btn small icon" aria-label="Zoom out" onClick={() => setZoom((z) => clamp(z / 1.25))}>
          <ZoomOutIcon size={14} />
        </button>
        <span className="badge" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
        <button className="btn small icon" aria-label="Zoom in" onClick={() => setZoom((z) => clamp(z * 1.25))}>
          <ZoomInIcon size={14} />
        </button>
      </div>
    </div>
  );
}
