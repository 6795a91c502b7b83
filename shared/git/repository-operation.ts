/** What the working tree is in the middle of: a merge or a rebase waits for the person to finish it. */
export type RepositoryOperation = 'none' | 'merge' | 'rebase';

/** What is in the repository's git directory, as git itself leaves it while an operation is unfinished. */
export interface GitDirMarkers {
  /** `MERGE_HEAD`: a merge (a pull that merged) stopped at a conflict. */
  mergeHead: boolean;
  /** `rebase-merge/`: `git rebase` (the merge backend, git's default) stopped. */
  rebaseMerge: boolean;
  /** `rebase-apply/`: `git am` or the apply backend of `git rebase` stopped. */
  rebaseApply: boolean;
}

/** A rebase is named before a merge: a rebase stopped mid-way can leave a MERGE_HEAD of its own step. */
export function repositoryOperation(markers: GitDirMarkers): RepositoryOperation {
  if (markers.rebaseMerge || markers.rebaseApply) return 'rebase';
  if (markers.mergeHead) return 'merge';
  return 'none';
}
