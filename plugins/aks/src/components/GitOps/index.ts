export { GitOpsSection } from './GitOpsSection';
export { GitOpsLine } from './GitOpsLine';
export { useEntityGitOps } from './useEntityGitOps';
