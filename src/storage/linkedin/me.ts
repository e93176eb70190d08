export interface MessageParticipants {
  conversationId: string;
  from: string;
  to: readonly string[];
}

/**
 * Who "me" is in messages.csv, which never says so. The account owner takes part in every one of
 * their conversations, while each other person appears only in the conversations they had with
 * the owner; and the owner is never in their own Connections.csv. So: among profile URLs that are
 * not connections, the one present (as sender or recipient) in the most distinct conversations;
 * a tie goes to the one that sent more messages. With no such URL (every participant is a
 * connection), the same count over all URLs decides. Null when there are no messages.
 */
export function identifyMe(messages: readonly MessageParticipants[], connectionUrls: ReadonlySet<string>): string | null {
  const conversations = new Map<string, Set<string>>();
  const sent = new Map<string, number>();
  for (const m of messages) {
    for (const url of [m.from, ...m.to]) {
      if (!url) continue;
      let set = conversations.get(url);
      if (!set) conversations.set(url, (set = new Set()));
      set.add(m.conversationId);
    }
    if (m.from) sent.set(m.from, (sent.get(m.from) ?? 0) + 1);
  }
  const rank = (candidates: string[]): string | null => {
    let best: string | null = null;
    let bestScore: [number, number] = [-1, -1];
    for (const url of candidates) {
      const score: [number, number] = [conversations.get(url)?.size ?? 0, sent.get(url) ?? 0];
      if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
        best = url;
        bestScore = score;
      }
    }
    return best;
  };
  const all = [...conversations.keys()];
  return rank(all.filter((url) => !connectionUrls.has(url))) ?? rank(all);
}
