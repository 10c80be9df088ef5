export { GitOpsReads } from './GitOpsReads';
export { readGitOpsConfig } from './config';
export type { GitOpsConfig } from './config';
export { entityRepository } from './repository';
