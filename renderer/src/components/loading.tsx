/** A quiet placeholder while data is on its way. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
