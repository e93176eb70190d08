export interface MessageParticipants {
  conversationId: string;
  from: string;
  to: readonly string[];
}

/**
 * Who "me" is in messages.csv, which never says so. The account owner takes part in every one of
 * their conversations, while each other person appears only in the conversations they had with
 * the owner; and the owner is never in their own Connections.csv. So: among profile ids that are
 * not connections, the one present (as sender or recipient) in the most distinct conversations;
 * a tie goes to the one that sent more messages. With no such id (every participant is a
 * connection), the same count over all ids decides. Null when there are no messages.
 */
export class OwnerDetector {
  private readonly conversations = new Map<string, Set<string>>();
  private readonly sent = new Map<string, number>();

  /** Fed one message at a time, so 50,000 messages never hold the thread at a stretch. */
  add(m: MessageParticipants): void {
    for (const id of [m.from, ...m.to]) {
      if (!id) continue;
      let set = this.conversations.get(id);
      if (!set) this.conversations.set(id, (set = new Set()));
      set.add(m.conversationId);
    }
    // An empty sender is counted too, harmlessly: it is in no conversation, so never ranked.
    this.sent.set(m.from, (this.sent.get(m.from) ?? 0) + 1);
  }

  owner(connectionIds: ReadonlySet<string>): string | null {
    const rank = (candidates: [string, Set<string>][]): string | null => {
      let best: string | null = null;
      // Every candidate is in one conversation at least, so anyone beats this.
      let bestScore: [number, number] = [0, 0];
      for (const [id, conversations] of candidates) {
        const score: [number, number] = [conversations.size, this.sent.get(id) ?? 0];
        if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
          best = id;
          bestScore = score;
        }
      }
      return best;
    };
    const all = [...this.conversations];
    return rank(all.filter(([id]) => !connectionIds.has(id))) ?? rank(all);
  }
}
