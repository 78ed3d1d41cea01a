import type { SVGProps } from 'react';

type P = SVGProps<SVGSVGElement> & { size?: number };
function make(paths: string) {
  return function Icon({ size = 16, ...rest }: P) {
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...rest}
      >
        <path d={paths} />
      </svg>
    );
  };
}

export const SearchIcon = make('M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.3-4.3');
export const GridIcon = make('M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z');
export const ListIcon = make('M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01');
export const UploadIcon = make('M12 16V4M7 9l5-5 5 5M4 17v2a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-2');
export const FolderIcon = make('M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z');
export const SendIcon = make('M22 2L11 13M22 2l-7 20-4-9-9-4z');
export const SparkIcon = make('M12 3l1.9 5.1L19 10l-5.1 1.9L12 17l-1.9-5.1L5 10l5.1-1.9z');
export const LibraryIcon = make('M4 5h16v14H4zM4 9h16M9 5v14');
export const PlayIcon = make('M7 4l13 8-13 8z');
export const PauseIcon = make('M7 4h4v16H7zM14 4h4v16h-4z');
export const StepBackIcon = make('M18 6v12l-8-6zM6 6v12');
export const StepFwdIcon = make('M6 6v12l8-6zM18 6v12');
export const VolumeIcon = make('M4 9v6h4l5 4V5L8 9zM17 8a5 5 0 0 1 0 8');
export const MuteIcon = make('M4 9v6h4l5 4V5L8 9zM17 9l5 6M22 9l-5 6');
export const FullscreenIcon = make('M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5');
export const CloseIcon = make('M6 6l12 12M18 6L6 18');
export const PauseSmallIcon = make('M8 5v14M16 5v14');
export const ResumeIcon = make('M8 5l11 7-11 7z');
export const LockIcon = make('M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3');
export const ChevronIcon = make('M9 6l6 6-6 6');
export const ChevronDownIcon = make('M6 9l6 6 6-6');
export const BackIcon = make('M15 6l-6 6 6 6');
export const ImageIcon = make('M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01');
export const FilmIcon = make('M4 4h16v16H4zM8 4v16M16 4v16M4 8h4M4 12h4M4 16h4M16 8h4M16 12h4M16 16h4');
export const AudioIcon = make('M9 18V5l12-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM21 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z');
export const DocIcon = make('M6 3h9l5 5v13H6zM14 3v6h6');
export const KeyboardIcon = make('M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10');
export const MenuIcon = make('M4 6h16M4 12h16M4 18h16');
export const ZoomInIcon = make('M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.3-4.3M11 8v6M8 11h6');
export const ZoomOutIcon = make('M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.3-4.3M8 11h6');
export const PlusIcon = make('M12 5v14M5 12h14');
export const AlertIcon = make(
  'M12 9v4M12 17h.01M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
);
export const SettingsIcon = make('M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M14 4v4M8 10v4M16 16v4');
export const CompareIcon = make('M3 5h8v14H3zM13 5h8v14h-8z');
export const ArchiveIcon = make('M3 4h18v4H3zM5 8v11a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8M10 12h4');
export const ReviewIcon = make('M4 5h16v11H9l-5 4zM8 10l2.5 2.5L16 8');
export const PersonIcon = make('M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0');
export const LogoIcon = make('M12 3l8 4.5v9L12 21l-8-4.5v-9zM12 8v8M8.5 10l7 4M15.5 10l-7 4');
export const TrashIcon = make('M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3');
export const PencilIcon = make('M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4');
export const DownloadIcon = make('M12 4v12M7 11l5 5 5-5M4 19h16');
