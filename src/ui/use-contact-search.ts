import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../shared/client';
import type { ContactSummary } from '../shared/protocol';

/** Contacts matching `query`, following every keystroke; null while the query is empty. */
export function useContactSearch(query: string, limit: number): ContactSummary[] | null {
  const [results, setResults] = useState<ContactSummary[] | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const trimmed = query.trim();
    // Answers can arrive out of order; only the newest query may paint.
    const ticket = ++latest.current;
    if (!trimmed) {
      setResults(null);
      return;
    }
    void send<'contacts.search'>({ type: 'contacts.search', query: trimmed, limit }).then((res) => {
      if (ticket === latest.current) setResults(res.ok ? res.data.contacts : []);
    });
  }, [query, limit]);

  return results;
}
