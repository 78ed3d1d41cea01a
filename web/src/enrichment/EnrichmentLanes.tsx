import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { gql } from '../api/client';
import { LogoIcon, PersonIcon, SparkIcon, DocIcon } from '../ui/icons';
import { layoutLanes, type LaneKind } from './lanes';
import { VersionEnrichmentSegmentsQuery } from './operations';
import { usePlayheadFrame, type Playhead } from './playhead';

const ICONS: Record<LaneKind, typeof PersonIcon> = {
  PERSON: PersonIcon,
  LABEL: SparkIcon,
  TEXT: DocIcon,
  LOGO: LogoIcon,
};

interface EnrichmentLanesProps {
  versionId: string;
  /** The clip's last frame: the end of the player's timeline, which the lanes line up with. */
  lastFrame: number;
  playhead: Playhead;
  label: (frame: number) => string;
  seek: (frame: number) => void;
}

/** What the engines saw on the version, one lane per kind under the player; a bar seeks to where it starts. */
export function EnrichmentLanes({ versionId, lastFrame, playhead, label, seek }: EnrichmentLanesProps) {
  const found = useQuery({
    queryKey: ['enrichment-segments', versionId],
    queryFn: () => gql(VersionEnrichmentSegmentsQuery, { versionId }),
    select: (data) => data.assetVersion?.enrichmentSegments ?? [],
  });
  const lanes = useMemo(
    () =>
      layoutLanes(
        (found.data ?? []).map((s) => ({
          ...s,
          text: s.kind === 'PERSON' ? (s.person?.name ?? (s.text || 'Someone not named yet')) : s.text,
        })),
        lastFrame,
      ),
    [found.data, lastFrame],
  );
  if (!lanes.length) return null;
  return (
    <section className="enrichment-lanes" aria-label="What is in the clip">
      {lanes.map((lane) => {
        const Icon = ICONS[lane.kind];
        return (
          <div key={lane.kind} className="lane" data-testid="enrichment-lane" data-kind={lane.kind}>
            <div
              className="lane-track"
              role="group"
              aria-label={lane.title}
              style={{ height: lane.rows * 14 + (lane.rows - 1) * 2 + 6 }}
            >
              <div className="lane-title" aria-hidden="true">
                <Icon size={12} />
                <span>{lane.title}</span>
              </div>
              {lane.bars.map(({ segment, left, width, row }) => {
                const tip = `${segment.text} · ${label(segment.startFrame)} – ${label(Math.max(segment.startFrame, segment.endFrame - 1))}`;
                return (
                  <button
                    key={segment.id}
                    type="button"
                    className={`lane-bar ${lane.kind.toLowerCase()}`}
                    style={{ left: `${left}%`, width: `${width}%`, top: 3 + row * 16 }}
                    title={tip}
                    aria-label={tip}
                    data-testid="lane-bar"
                    data-start-frame={segment.startFrame}
                    onClick={() => seek(segment.startFrame)}
                  >
                    <span>{segment.text}</span>
                  </button>
                );
              })}
              <LanePlayhead playhead={playhead} lastFrame={lastFrame} />
            </div>
          </div>
        );
      })}
    </section>
  );
}

function LanePlayhead({ playhead, lastFrame }: { playhead: Playhead; lastFrame: number }) {
  const frame = usePlayheadFrame(playhead);
  return (
    <div
      className="lane-playhead"
      aria-hidden="true"
      style={{ left: `${(Math.min(frame, lastFrame) / Math.max(1, lastFrame)) * 100}%` }}
    />
  );
}
