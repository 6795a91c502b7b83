/** "4 of 6 have voted": how far a hidden round has come, for the whole room to see, never what anyone voted. */
export function VoteProgress({ voted, voters }: { voted: number; voters: number }) {
  return (
    <p className="vote-progress" role="status">
      {voted} of {voters} have voted
    </p>
  );
}
