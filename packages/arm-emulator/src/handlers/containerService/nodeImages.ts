const LATEST_BUILD = '202609.15.0';

const IMAGE_PREFIX: Record<string, string> = {
  Ubuntu: 'AKSUbuntu-2204gen2containerd',
  Ubuntu2404: 'AKSUbuntu-2404gen2containerd',
  AzureLinux: 'AKSAzureLinux-V3gen2',
  AzureLinux3: 'AKSAzureLinux-V3gen2',
  Windows2022: 'AKSWindows-2022-containerd',
  Windows2025: 'AKSWindows-2025-containerd',
};

function prefixFor(
  osType: string | undefined,
  osSku: string | undefined,
): string {
  if (osType === 'Windows')
    return IMAGE_PREFIX[osSku ?? 'Windows2022'] ?? IMAGE_PREFIX.Windows2022;
  return IMAGE_PREFIX[osSku ?? 'Ubuntu'] ?? IMAGE_PREFIX.Ubuntu;
}

/** The newest node image AKS offers for the pool's OS. */
export function latestNodeImage(
  osType: string | undefined,
  osSku: string | undefined,
): string {
  return `${prefixFor(osType, osSku)}-${LATEST_BUILD}`;
}

/** An older image, for pools whose node image is behind. */
export function olderNodeImage(
  osType: string | undefined,
  osSku: string | undefined,
  build = '202607.01.0',
): string {
  return `${prefixFor(osType, osSku)}-${build}`;
}
