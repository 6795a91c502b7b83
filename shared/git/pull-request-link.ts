/** The hosting services whose "new pull request" page Cairn knows how to address. */
export type PullRequestHost = 'GitHub' | 'GitLab' | 'Bitbucket' | 'Azure DevOps';

/**
 * Where to open a pull request for a pushed branch, or why Cairn cannot say. Only a link: Cairn sends
 * nothing to the host, the person opens the page and creates the request there.
 */
export type PullRequestLink = { kind: 'link'; host: PullRequestHost; url: string } | { kind: 'unknown'; message: string };

/** A remote's address taken apart: its host (lower case, no port, no user) and its path segments. */
interface RemoteAddress {
  host: string;
  segments: string[];
}

// A segment as the hosts name owners, projects and repositories; Azure DevOps writes a space as %20.
const SEGMENT = /^[A-Za-z0-9._~%-]+$/;

/**
 * The page that opens a pull request (a merge request on GitLab) from `branch` into `base` on the
 * service the remote is on, derived from the remote's address alone: ssh (`git@host:owner/repo.git`,
 * `ssh://git@host:22/owner/repo`) and https (`https://user@host/owner/repo.git`) forms of github.com,
 * gitlab.com, bitbucket.org and Azure DevOps (dev.azure.com and the older *.visualstudio.com). Any
 * other host (a server of the team's own, a folder) gets no link: Cairn would be guessing its pages.
 * Credentials in the address never reach the link.
 */
export function pullRequestLink(remoteUrl: string, branch: string, base: string): PullRequestLink {
  const address = remoteAddress(remoteUrl.trim());
  const link = address === null ? null : linkFor(address, branch, base);
  if (link !== null) return link;
  const where = address === null ? 'this remote' : address.host;
  return {
    kind: 'unknown',
    message: `Cairn knows where to open a pull request only on github.com, gitlab.com, bitbucket.org and Azure DevOps, not on ${where}: open one for ${branch} on the remote's own site.`,
  };
}

function linkFor({ host, segments }: RemoteAddress, branch: string, base: string): PullRequestLink | null {
  if (segments.length === 0 || !segments.every((segment) => SEGMENT.test(segment) && !/^\.+$/.test(segment))) return null;
  const query = (pairs: Record<string, string>) =>
    Object.entries(pairs)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join('&');
  if (host === 'github.com' && segments.length === 2) {
    return { kind: 'link', host: 'GitHub', url: `https://github.com/${segments.join('/')}/compare/${refPath(base)}...${refPath(branch)}?expand=1` };
  }
  if (host === 'gitlab.com' && segments.length >= 2) {
    // GitLab nests groups: group/subgroup/project.
    return { kind: 'link', host: 'GitLab', url: `https://gitlab.com/${segments.join('/')}/-/merge_requests/new?${query({ 'merge_request[source_branch]': branch, 'merge_request[target_branch]': base })}` };
  }
  if (host === 'bitbucket.org' && segments.length === 2) {
    return { kind: 'link', host: 'Bitbucket', url: `https://bitbucket.org/${segments.join('/')}/pull-requests/new?${query({ source: branch, dest: base })}` };
  }
  const azure = azureRepository(host, segments);
  if (azure !== null) return { kind: 'link', host: 'Azure DevOps', url: `${azure}/pullrequestcreate?${query({ sourceRef: branch, targetRef: base })}` };
  return null;
}

/**
 * The web address of an Azure DevOps repository: https://dev.azure.com/org/project/_git/repo, over ssh
 * ssh.dev.azure.com:v3/org/project/repo; the older org.visualstudio.com/project/_git/repo, over ssh
 * vs-ssh.visualstudio.com:v3/org/project/repo.
 */
function azureRepository(host: string, segments: readonly string[]): string | null {
  const [first, second, third, fourth] = segments;
  if (host === 'dev.azure.com' && segments.length === 4 && third === '_git') return `https://dev.azure.com/${first}/${second}/_git/${fourth}`;
  if (host === 'ssh.dev.azure.com' && segments.length === 4 && first === 'v3') return `https://dev.azure.com/${second}/${third}/_git/${fourth}`;
  if (host === 'vs-ssh.visualstudio.com' && segments.length === 4 && first === 'v3') return `https://${second}.visualstudio.com/${third}/_git/${fourth}`;
  const organization = /^([a-z0-9][a-z0-9-]*)\.visualstudio\.com$/.exec(host)?.[1];
  if (organization === undefined) return null;
  // An old collection URL keeps "DefaultCollection" before the project.
  const rest = first === 'DefaultCollection' ? segments.slice(1) : segments;
  return rest.length === 3 && rest[1] === '_git' ? `https://${organization}.visualstudio.com/${rest[0]}/_git/${rest[2]}` : null;
}

/** A remote's address in any of the forms git takes, or null for a local path or what is not an address. */
function remoteAddress(url: string): RemoteAddress | null {
  const withScheme = /^(?:ssh|git|https?|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?([^/:]+)(?::\d*)?(\/.*)?$/i.exec(url);
  // git's scp-like form: [user@]host:path, the host without a slash before the colon.
  const scpLike = withScheme ? null : /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(url);
  const found = withScheme ?? scpLike;
  if (!found) return null;
  const host = (found[1] as string).toLowerCase();
  // A one-letter "host" is a Windows drive (C:\decisions), not a remote.
  if (scpLike && host.length === 1) return null;
  const path = (found[2] ?? '').replace(/\/+$/, '').replace(/\.git$/i, '');
  return { host, segments: path.split('/').filter((segment) => segment.length > 0) };
}

/** A branch name in a URL's path: each part encoded, the slashes kept (adr/0042-use-postgresql). */
function refPath(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/');
}
