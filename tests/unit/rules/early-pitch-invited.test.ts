import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'early-pitch';
const replied = ctx({ connectedDaysAgo: 9, sent: 1, received: 1 });
const filler = 'We tried two-wave picking at the Corby site for about four months and the handover at two in the morning was messy until the team leads got a fixed overlap. ';

describe('early-pitch: an offer the contact asked for', () => {
  it('is answered when it follows the request closely, or precedes it', () => {
    expect(evidenceOf(rule, 'Since you asked about our pricing: the starter plan is €49/month, with a free trial.', replied)).toEqual([]);
    expect(evidenceOf(rule, 'Hi Paul, here\'s the deck you asked for on Thursday, pricing is on slide 9.', replied)).toEqual([]);
  });

  it('a new offer far below the answer (a P.S.) is still a pitch', () => {
    const text = `On your question about night picking: ${filler}${filler}Cheers, Daniel. P.S. We've turned that rota into a scheduling tool now, happy to give you a demo.`;
    expect(evidenceOf(rule, text, replied)).toEqual(['give you a demo']);
  });

  it('a request far below an offer does not answer it', () => {
    const text = `Happy to give you a demo of our scheduling tool. ${filler}${filler}${filler}As for your question about night picking, it depends.`;
    expect(evidenceOf(rule, text, replied)).toEqual(['give you a demo of our scheduling tool']);
  });
});
