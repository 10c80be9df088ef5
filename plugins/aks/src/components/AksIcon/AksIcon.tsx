/** A helm-wheel icon for AKS, sized and coloured like Backstage's icons. */
export const AksIcon = () => (
  <svg
    viewBox="0 0 24 24"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    aria-hidden="true"
    focusable="false"
  >
    <polygon points="12,2 20.7,7 20.7,17 12,22 3.3,17 3.3,7" />
    <circle cx="12" cy="12" r="3" />
    <path d="M12 5v4M12 15v4M6 8.5l3.4 2M14.6 13.5 18 15.5M6 15.5l3.4-2M14.6 10.5 18 8.5" />
  </svg>
);
