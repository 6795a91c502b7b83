import type { ReactNode } from 'react';

interface ChartDataTableProps {
  /** What the table holds ("Deploys per week by date"); names it and its disclosure. */
  caption: string;
  /** The column headings; the first column heads each row. */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

/**
 * The numbers behind a chart, folded under "Show data": read by keyboard and screen reader (a chart
 * is a picture, and its notes otherwise show only on hover), and copied by anyone.
 */
export function ChartDataTable({ caption, columns, rows }: ChartDataTableProps) {
  return (
    <details className="chart-data">
      <summary>
        Show data<span className="sr-only">: {caption}</span>
      </summary>
      {/* Scrolls sideways on its own in a narrow window, and so takes the focus to be scrolled by keyboard. */}
      <div className="chart-data-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="chart-data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
