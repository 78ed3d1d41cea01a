export function Brand() {
  return (
    <span className="brand">
      <span className="brand-mark" aria-hidden="true">
        <svg width="16" height="16" viewBox="0 0 32 32">
          <path
            d="M8 23V10l8 8 8-8v13"
            stroke="white"
            strokeWidth="3.4"
            fill="none"
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        </svg>
      </span>
      MAM
    </span>
  );
}
