import { describe, expect, it } from 'vitest';
import { pullRequestLink } from './pull-request-link';

const BRANCH = 'adr/0042-use-postgresql';
const url = (remote: string) => {
  const link = pullRequestLink(remote, BRANCH, 'main');
  return link.kind === 'link' ? `${link.host} ${link.url}` : link.kind;
};

describe('pullRequestLink', () => {
  it('opens a compare page on GitHub, from the ssh and the https forms alike', () => {
    const page = 'GitHub https://github.com/acme/decisions/compare/main...adr/0042-use-postgresql?expand=1';
    expect(url('git@github.com:acme/decisions.git')).toBe(page);
    expect(url('ssh://git@github.com/acme/decisions.git')).toBe(page);
    expect(url('ssh://git@github.com:22/acme/decisions')).toBe(page);
    expect(url('https://github.com/acme/decisions.git')).toBe(page);
    expect(url('https://github.com/acme/decisions/')).toBe(page);
    expect(url('https://GitHub.com/acme/decisions')).toBe(page);
  });

  it('never carries credentials of the address into the link', () => {
    expect(url('https://ada:s3cret-token@github.com/acme/decisions.git')).toBe('GitHub https://github.com/acme/decisions/compare/main...adr/0042-use-postgresql?expand=1');
  });

  it('opens a new merge request on GitLab, nested groups included', () => {
    const query = 'merge_request%5Bsource_branch%5D=adr%2F0042-use-postgresql&merge_request%5Btarget_branch%5D=main';
    expect(url('git@gitlab.com:acme/platform/decisions.git')).toBe(`GitLab https://gitlab.com/acme/platform/decisions/-/merge_requests/new?${query}`);
    expect(url('https://gitlab.com/acme/decisions.git')).toBe(`GitLab https://gitlab.com/acme/decisions/-/merge_requests/new?${query}`);
  });

  it('opens a new pull request on Bitbucket', () => {
    const page = 'Bitbucket https://bitbucket.org/acme/decisions/pull-requests/new?source=adr%2F0042-use-postgresql&dest=main';
    expect(url('git@bitbucket.org:acme/decisions.git')).toBe(page);
    expect(url('https://ada@bitbucket.org/acme/decisions.git')).toBe(page);
  });

  it('opens a new pull request on Azure DevOps, in its https, ssh and older visualstudio.com forms', () => {
    const query = 'pullrequestcreate?sourceRef=adr%2F0042-use-postgresql&targetRef=main';
    const page = `Azure DevOps https://dev.azure.com/acme/Platform%20Team/_git/decisions/${query}`;
    expect(url('https://acme@dev.azure.com/acme/Platform%20Team/_git/decisions')).toBe(page);
    expect(url('git@ssh.dev.azure.com:v3/acme/Platform%20Team/decisions')).toBe(page);
    const old = `Azure DevOps https://acme.visualstudio.com/Platform/_git/decisions/${query}`;
    expect(url('https://acme.visualstudio.com/Platform/_git/decisions')).toBe(old);
    expect(url('https://acme.visualstudio.com/DefaultCollection/Platform/_git/decisions')).toBe(old);
    expect(url('acme@vs-ssh.visualstudio.com:v3/acme/Platform/decisions')).toBe(old);
  });

  it('gives no link for a host it does not know, and says so', () => {
    const link = pullRequestLink('git@git.example.com:acme/decisions.git', BRANCH, 'main');
    expect(link).toEqual({ kind: 'unknown', message: expect.stringContaining('not on git.example.com: open one for adr/0042-use-postgresql') });
    expect(pullRequestLink('https://github.com.example.com/acme/decisions', BRANCH, 'main').kind).toBe('unknown');
  });

  it('gives no link for a folder, a Windows path or an address of the wrong shape', () => {
    for (const remote of ['/srv/git/decisions.git', 'file:///srv/git/decisions.git', 'C:\\repos\\decisions', '../decisions.git', 'https://github.com/acme', 'https://github.com/acme/decisions/tree/main', 'https://github.com/../x', '']) {
      expect(pullRequestLink(remote, BRANCH, 'main'), remote).toEqual({ kind: 'unknown', message: expect.stringContaining('Cairn knows where to open a pull request only on') });
    }
  });

  it('encodes a branch name in the link', () => {
    expect(url('git@github.com:acme/decisions.git').endsWith('...adr/0042-use-postgresql?expand=1')).toBe(true);
    const odd = pullRequestLink('git@github.com:acme/decisions.git', 'adr/0001-c#-and-?', 'main');
    expect(odd).toMatchObject({ url: 'https://github.com/acme/decisions/compare/main...adr/0001-c%23-and-%3F?expand=1' });
  });
});
