// The workspaces feature's public entry: other features and the core's root import it from here only.
export { profileServices } from './profile-service';
export { requireCustomStatuses, requireWorkspace, requireWorkspaceExists } from './workspace-lookup';
export { workspaceServices } from './workspace-service';
