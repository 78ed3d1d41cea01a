import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { gql } from '../api/client';
import { FieldError, problemsOf } from './FieldError';
import { CreateDeliveryProfileMutation, UpdateDeliveryProfileMutation } from './operations';
import {
  draftKeyOf,
  draftProblems,
  partsOf,
  specOf,
  type DraftKey,
  type ProfileDraft,
  type TextKey,
} from './profile-draft';

const CONTAINERS = [
  ['mp4', 'MP4'],
  ['mov', 'QuickTime MOV'],
  ['mxf', 'MXF OP1a'],
  ['webm', 'WebM'],
  ['hls', 'HLS ladder'],
  ['wav', 'WAV (audio only)'],
  ['mp3', 'MP3 (audio only)'],
  ['images', 'Poster and thumbnails (JPEG)'],
];
const VIDEO_CODECS = [
  ['h264', 'H.264'],
  ['hevc', 'H.265 / HEVC'],
  ['vp9', 'VP9'],
  ['prores', 'Apple ProRes'],
  ['dnxhd', 'DNxHD / DNxHR'],
  ['mpeg2video', 'MPEG-2 (XDCAM)'],
];
const AUDIO_CODECS = [
  ['aac', 'AAC'],
  ['opus', 'Opus'],
  ['mp3', 'MP3'],
  ['pcm_s16le', 'PCM 16-bit'],
  ['pcm_s24le', 'PCM 24-bit'],
];

/**
 * A workspace profile's form: a new one (maybe started from another's settings), or changes to one
 * (`profileId`). Each setting the server refuses is shown at its field.
 */
export function ProfileForm({
  initial,
  profileId,
  onDone,
}: {
  initial: ProfileDraft;
  profileId?: string;
  onDone: (name: string) => void;
}) {
  const client = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<DraftKey | '', string>>>({});
  const set = <K extends DraftKey>(key: K, value: ProfileDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.scrollIntoView({ block: 'start' });
    form.current?.querySelector<HTMLInputElement>('#profile-name')?.focus();
  }, []);
  const save = useMutation({
    mutationFn: async () => {
      const input = { name: draft.name.trim(), spec: specOf(draft) };
      return profileId
        ? (await gql(UpdateDeliveryProfileMutation, { id: profileId, input })).updateDeliveryProfile
        : (await gql(CreateDeliveryProfileMutation, { input })).createDeliveryProfile;
    },
    onMutate: () => setProblems({}),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['delivery-profiles'] });
      onDone(saved.name);
    },
    onError: (e) => {
      const byKey: Partial<Record<DraftKey | '', string>> = {};
      for (const [field, message] of Object.entries(problemsOf(e))) byKey[draftKeyOf(field)] = message;
      setProblems(byKey);
    },
  });
  const parts = partsOf(draft);
  const id = (key: string) => `profile-${key.replace(/\./g, '-')}`;
  const wrap = (key: DraftKey, label: string, control: ReactNode, wide = false) => (
    <div className={`field${wide ? ' dist-wide' : ''}`} key={key}>
      <label htmlFor={id(key)}>{label}</label>
      {control}
      <FieldError id={`${id(key)}-error`} message={problems[key]} />
    </div>
  );
  const input = (key: TextKey, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) =>
    wrap(
      key,
      label,
      <input
        id={id(key)}
        className="input"
        value={draft[key]}
        onChange={(e) => set(key, e.target.value as never)}
        aria-invalid={!!problems[key]}
        aria-describedby={problems[key] ? `${id(key)}-error` : undefined}
        spellCheck={false}
        {...props}
      />,
      props.className === 'wide',
    );
  const select = (key: TextKey, label: string, options: string[][]) =>
    wrap(
      key,
      label,
      <select
        id={id(key)}
        className="input"
        value={draft[key]}
        onChange={(e) => set(key, e.target.value as never)}
        aria-invalid={!!problems[key]}
        aria-describedby={problems[key] ? `${id(key)}-error` : undefined}
      >
        {options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>,
    );
  const numeric = { inputMode: 'decimal' as const };
  const audioOnly = draft.container === 'wav' || draft.container === 'mp3';
  return (
    <form
      ref={form}
      className="admin-card"
      aria-labelledby="profile-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const local = draftProblems(draft);
        setProblems(local);
        if (Object.keys(local).length === 0) save.mutate();
      }}
    >
      <div className="admin-card-head">
        <h2 id="profile-form-title">{profileId ? `Change ${initial.name}` : 'New profile'}</h2>
        <span className="spacer" />
        <span className="muted dist-note">
          Settings are checked before they are saved: an impossible one is refused.
        </span>
      </div>
      <div className="form-grid">
        {input('name', 'Profile name', { placeholder: 'Proxy 360p' })}
        {select('container', 'Container', CONTAINERS)}
        {select('timecode', 'Timecode', [
          ['source', 'Keep the source timecode'],
          ['none', 'None'],
        ])}
      </div>
      <div className="dist-toggles">
        {parts.faststart && (
          <label className="check">
            <input type="checkbox" checked={draft.faststart} onChange={(e) => set('faststart', e.target.checked)} />
            Faststart (index at the front, plays while it downloads)
          </label>
        )}
        {!audioOnly && !parts.images && (
          <label className="check">
            <input type="checkbox" checked={draft.hasVideo} onChange={(e) => set('hasVideo', e.target.checked)} />
            Picture
          </label>
        )}
        {!parts.images && (
          <label className="check">
            <input type="checkbox" checked={draft.hasAudio} onChange={(e) => set('hasAudio', e.target.checked)} />
            Sound
          </label>
        )}
      </div>
      {parts.video && (
        <fieldset className="dist-fieldset">
          <legend>Picture</legend>
          <div className="form-grid">
            {select('video.codec', 'Codec', VIDEO_CODECS)}
            {input('video.profile', 'Codec profile', { placeholder: 'high, hq, dnxhr_hq…' })}
            {input('video.width', 'Width (px)', numeric)}
            {input('video.height', 'Height (px)', numeric)}
            {input('video.frameRate', 'Frame rate', { placeholder: 'source, 25, 30000/1001' })}
            {select('video.scan', 'Scan', [
              ['progressive', 'Progressive'],
              ['tff', 'Interlaced, top field first'],
              ['bff', 'Interlaced, bottom field first'],
            ])}
            {input('video.pixelFormat', 'Pixel format', { placeholder: 'yuv420p' })}
            {input('video.colour', 'Colour', { placeholder: 'bt709' })}
            {select('rate', 'Rate control', [
              ['quality', 'Constant quality'],
              ['bitRate', 'Bit rate'],
            ])}
            {draft.rate === 'quality'
              ? input('video.quality', 'Quality (CRF / q)', numeric)
              : input('video.bitRateKbps', 'Bit rate (kbps)', numeric)}
            {input('video.gop', 'GOP (frames, optional)', numeric)}
          </div>
        </fieldset>
      )}
      {parts.hls && (
        <fieldset className="dist-fieldset">
          <legend>HLS ladder</legend>
          <div className="form-grid">
            {input('hls.segmentSeconds', 'Segment length (s)', numeric)}
            {select('hls.segmentType', 'Segments', [
              ['fmp4', 'Fragmented MP4'],
              ['ts', 'MPEG-TS'],
            ])}
            {input('hls.rungs', 'Rungs (height:kbps)', { placeholder: '1080:6000, 720:3000, 360:800' })}
          </div>
        </fieldset>
      )}
      {parts.images && (
        <fieldset className="dist-fieldset">
          <legend>Images</legend>
          <div className="form-grid">
            {input('images.width', 'Poster width (px)', numeric)}
            {input('images.thumbnails', 'Thumbnails', numeric)}
          </div>
        </fieldset>
      )}
      {parts.audio && (
        <fieldset className="dist-fieldset">
          <legend>Sound</legend>
          <div className="form-grid">
            {select('audio.codec', 'Codec', AUDIO_CODECS)}
            {input('audio.channels', 'Channels per track', numeric)}
            {input('audio.tracks', 'Tracks', numeric)}
            {input('audio.sampleRate', 'Sample rate (Hz)', numeric)}
            {input('audio.bitRateKbps', 'Bit rate (kbps, compressed codecs)', numeric)}
            {input('audio.bitDepth', 'Bit depth (PCM, optional)', numeric)}
          </div>
          <label className="check" style={{ marginTop: 10 }}>
            <input type="checkbox" checked={draft.hasLoudness} onChange={(e) => set('hasLoudness', e.target.checked)} />
            Normalise loudness (EBU R128)
          </label>
          {draft.hasLoudness && (
            <div className="form-grid" style={{ marginTop: 10 }}>
              {input('audio.loudness.integrated', 'Integrated (LUFS)', numeric)}
              {input('audio.loudness.truePeak', 'True peak (dBTP)', numeric)}
              {input('audio.loudness.range', 'Loudness range (LU)', numeric)}
            </div>
          )}
        </fieldset>
      )}
      {problems[''] && (
        <p className="alert" role="alert">
          {problems['']}
        </p>
      )}
      <div className="inline-form">
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => onDone('')}>
          Cancel
        </button>
        <button className="btn primary" type="submit" disabled={save.isPending}>
          Save profile
        </button>
      </div>
    </form>
  );
}
