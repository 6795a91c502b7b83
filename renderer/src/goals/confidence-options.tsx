/** The choices of a check-in's confidence: none, or 0 to 10. */
export function ConfidenceOptions() {
  return (
    <>
      <option value="">—</option>
      {Array.from({ length: 11 }, (_, n) => (
        <option key={n} value={String(n)}>
          {n}
        </option>
      ))}
    </>
  );
}
