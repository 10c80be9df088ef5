import type {
  ClusterSummary,
  SupportStatus,
} from '@aks-backstage/plugin-aks-common';
import { formatDate } from '../../describe/dates';
import { count } from '../../describe/terms';

/** Each support status as people read it, from the best. */
export const SUPPORT_LABEL: Record<SupportStatus, string> = {
  supported: 'Supported',
  'lts-only': 'LTS only',
  'out-of-support': 'Out of support',
  unknown: 'Unknown',
};

const SUPPORT_ORDER = Object.keys(SUPPORT_LABEL) as SupportStatus[];

/** `1.34.5` → `1.34`. */
export function minorVersion(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

function byVersion(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(n => parseInt(n, 10));
  const [bMajor, bMinor] = b.split('.').map(n => parseInt(n, 10));
  return aMajor - bMajor || aMinor - bMinor;
}

/** The worst support status among clusters: what a version's bar is coloured by. */
function worstSupport(statuses: SupportStatus[]): SupportStatus {
  return [...statuses].sort(
    (a, b) => SUPPORT_ORDER.indexOf(b) - SUPPORT_ORDER.indexOf(a),
  )[0];
}

export interface VersionFigure {
  version: string;
  clusters: number;
  support: SupportStatus;
}

/** Clusters per Kubernetes minor version, oldest first. */
export function clustersByVersion(clusters: ClusterSummary[]): VersionFigure[] {
  const groups = new Map<string, ClusterSummary[]>();
  for (const c of clusters) {
    const minor = minorVersion(c.currentKubernetesVersion);
    groups.set(minor, [...(groups.get(minor) ?? []), c]);
  }
  return [...groups.keys()].sort(byVersion).map(version => {
    const members = groups.get(version)!;
    return {
      version,
      clusters: members.length,
      support: worstSupport(members.map(m => m.support.status)),
    };
  });
}

export interface SupportFigure {
  status: SupportStatus;
  label: string;
  clusters: number;
}

/** Clusters per support status, every status listed even at zero. */
export function clustersBySupport(clusters: ClusterSummary[]): SupportFigure[] {
  return SUPPORT_ORDER.map(status => ({
    status,
    label: SUPPORT_LABEL[status],
    clusters: clusters.filter(c => c.support.status === status).length,
  }));
}

export interface TimelineFigure {
  /** The minor version, marked LTS when only long-term support covers it. */
  label: string;
  clusters: number;
  endsOn?: string;
  /** Support ended already: by its status, or because the day has passed. */
  ended: boolean;
}

/** For each minor version in use (and LTS apart), when support ends; soonest first. */
export function supportTimeline(
  clusters: ClusterSummary[],
  today: string,
): TimelineFigure[] {
  const groups = new Map<string, TimelineFigure>();
  for (const c of clusters) {
    const lts = c.support.status === 'lts-only';
    const label = `${minorVersion(c.currentKubernetesVersion)}${
      lts ? ' LTS' : ''
    }`;
    const group = groups.get(label) ?? { label, clusters: 0, ended: false };
    const endsOn = c.support.endsOn;
    group.clusters += 1;
    // Of clusters on one version, the earliest end date is the one to plan for.
    if (endsOn && (!group.endsOn || endsOn < group.endsOn)) {
      group.endsOn = endsOn;
    }
    group.ended =
      group.ended ||
      c.support.status === 'out-of-support' ||
      (!!endsOn && endsOn < today);
    groups.set(label, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      (a.endsOn ?? '9999').localeCompare(b.endsOn ?? '9999') ||
      byVersion(a.label, b.label),
  );
}

/** When a version's support ends, or ended: "until Mar 31, 2027", "ended Aug 22, 2025". */
export function supportEnd(figure: TimelineFigure): string {
  if (!figure.endsOn) return figure.ended ? 'out of support' : 'end unknown';
  return `${figure.ended ? 'ended' : 'until'} ${formatDate(figure.endsOn)}`;
}

/** A timeline row as words: "1.35, 4 clusters, support until Mar 31, 2027". */
export function timelineText(figure: TimelineFigure): string {
  const end = supportEnd(figure);
  return `${figure.label}, ${count(figure.clusters, 'cluster')}, ${
    figure.endsOn ? `support ${end}` : end
  }`;
}
