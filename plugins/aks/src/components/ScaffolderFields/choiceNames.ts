import { useSyncExternalStore } from 'react';

/**
 * The names of the choices the pickers have offered (a subscription's display
 * name by its id, a region's by its ARM name, a cluster's by its ARM id), for
 * `AksReviewName` to show on the Review step.
 */
const names = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

/** Keeps the names of choices a picker offers. */
export function rememberChoiceNames(
  choices: ReadonlyArray<{ id: string; reviewName: string }>,
): void {
  let changed = false;
  for (const { id, reviewName } of choices) {
    if (names.get(id) !== reviewName) {
      names.set(id, reviewName);
      changed = true;
    }
  }
  if (changed) {
    version++;
    listeners.forEach(listener => listener());
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The name of a chosen value, once a picker has offered it. */
export function useChoiceName(value: string | undefined): string | undefined {
  useSyncExternalStore(subscribe, () => version);
  return value === undefined ? undefined : names.get(value);
}
