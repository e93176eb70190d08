import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'early-pitch';
const offer = 'Hola Begoña, como me pediste, te adjunto la propuesta para la auditoría energética. El presupuesto está en la última página.';

describe('early-pitch and a request the record shows', () => {
  it('an offer the contact asked for in a conversation answers them once they have written', () => {
    expect(evidenceOf(rule, offer, ctx({ received: 1 }))).toEqual([]);
  });

  it('to someone who has never written, "as you asked" claims a request the record does not show', () => {
    expect(evidenceOf(rule, offer, ctx({ received: 0 }))).not.toEqual([]);
  });

  it('a formal reply to an enquiry claims no conversation, so it still answers one', () => {
    expect(evidenceOf(rule, 'Dear Mr Novak, further to your enquiry, please find attached our current price list for steel purlins.', ctx({ received: 0 }))).toEqual([]);
  });

  it('their public advert asked anyone, written to or not', () => {
    const pitch = 'Our studio builds brand identities for startups.';
    expect(evidenceOf(rule, `Hi Tom. ${pitch}`, ctx({ received: 0 }))).not.toEqual([]);
    expect(evidenceOf(rule, `Hi Tom, I saw your job post for a freelance designer. ${pitch}`, ctx({ received: 0 }))).toEqual([]);
  });
});
