/*
 * jsdom has no `matchMedia`, so Backstage UI's `useBreakpoint` would see the
 * smallest screen. Imported before anything that loads Backstage UI, this
 * answers media queries for a 1440 px wide window, as the portal is used.
 */
const WIDTH = 1440;

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: Number(/min-width:\s*(\d+)px/.exec(query)?.[1] ?? 0) <= WIDTH,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }),
});

export {};
