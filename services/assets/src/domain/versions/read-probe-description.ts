/** What a probed master is encoded as, and ingest's whole technical description of it; search reads these. */
export interface ProbeDescription {
  /** Container or file format, e.g. "mov,mp4,m4a,3gp,3g2,mj2"; empty when ingest names none. */
  format: string;
  /** Main video (or audio) codec; empty when ingest names none. */
  codec: string;
  /** The technical description as JSON text, or null when it is empty, unparsable or too large to keep. */
  technicalJson: string | null;
}

/** Larger technical descriptions (huge EXIF or XMP blocks) are kept without their details. */
const TECHNICAL_JSON_MAX = 256 * 1024;

function storableJson(json: string): string | null {
  if (!json || json.length > TECHNICAL_JSON_MAX) return null;
  try {
    JSON.parse(json);
    return json;
  } catch {
    return null;
  }
}

/** Reads the format, codec and technical description of a `media.probed` event. */
export function readProbeDescription(probe: {
  format: string;
  codec: string;
  technicalMetadataJson: string;
}): ProbeDescription {
  return { format: probe.format, codec: probe.codec, technicalJson: storableJson(probe.technicalMetadataJson) };
}
