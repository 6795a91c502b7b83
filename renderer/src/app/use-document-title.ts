import { useEffect } from 'react';

/** Names the window after the page, e.g. "0001 Use PostgreSQL · Cairn". */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Cairn` : 'Cairn';
  }, [title]);
}
