import { describe, expect, it } from 'vitest';
import { ctx, evidenceOf } from './context';

const rule = 'early-pitch';
const pitch = (text: string, received = 0): string[] => evidenceOf(rule, text, ctx({ received }));

describe('early-pitch: what excuses an offer', () => {
  it('"as discussed" excuses it only once the contact has written back; "you asked" and a job offered always do', () => {
    expect(pitch('As discussed, our platform cuts your freight costs.')).toEqual(['our platform']);
    expect(pitch('As discussed, our platform cuts your freight costs.', 1)).toEqual([]);
    expect(pitch('You asked about our platform: it cuts freight costs.')).toEqual([]);
    expect(pitch("I'm recruiting for a role for you: our platform team needs a lead.")).toEqual([]);
  });

  it('an offer of help is giving, and only the evidence it overlaps is dropped', () => {
    expect(pitch('Happy to help logistics teams with their freight.')).toEqual([]);
    expect(pitch('We help you with that, happy to help anytime.')).toEqual(['We help']);
    expect(pitch('Our platform is free for you. Happy to help anytime.')).toEqual(['Our platform']);
  });

  it('"our" and an offer beside a favour asked are the ask rule\'s; a plain pitch phrase stays a pitch', () => {
    expect(pitch('Could you introduce me to your CFO? Our platform cuts freight costs.')).toEqual([]);
    expect(pitch('Could you share our platform with your network?')).toEqual([]);
    expect(pitch('Could you introduce me to your CFO? We help logistics teams cut freight costs.')).toEqual(['We help']);
  });

  it('a sign-up keeps the evidence near it, a pitch further on is still one', () => {
    expect(pitch("I've added you to our newsletter about our platform.")).toEqual([]);
    expect(pitch('We help logistics teams, and I added you to our newsletter.')).toEqual(['We help']);
    expect(pitch('I added you to our newsletter, where we help logistics teams.')).toEqual(['we help']);
  });
});

describe('early-pitch: meetings', () => {
  it('a meeting asked of a stranger is a pitch only beside an offer or a target', () => {
    expect(pitch('Do you have 15 minutes for a call next week?')).toEqual([]);
    expect(pitch('Do you have 15 minutes next week?')).toEqual([]);
    expect(pitch('We help logistics teams. Do you have 15 minutes for a call next week?')).toEqual(['We help', '15 minutes for a call next week']);
    expect(pitch('Do you have 15 minutes next week? Our platform could fit.')).toEqual(['15 minutes', 'Our platform']);
  });

  it('a booking link is one on its own, unless the message asks for advice', () => {
    expect(pitch('Here is my calendly if easier.')).toEqual(['my calendly']);
    expect(pitch('I would love your advice on my career path. Here is my calendly if easier.')).toEqual([]);
    expect(pitch('I would love to learn from you. Do you have 15 minutes next week? Our platform could fit.')).toEqual(['Our platform']);
    expect(pitch('I would love your advice on my career path. We help logistics teams. 15 minutes for a call?')).toEqual(['We help']);
  });
});

describe('early-pitch: composed offers', () => {
  it('the writer, an offer act and a target, or a free service, or a Dutch verb at the end', () => {
    expect(pitch('Our team helps logistics companies grow.')).toEqual(['Our team helps logistics companies grow']);
    expect(pitch('We work with many logistics teams across Europe and beyond.')).toEqual(['We work with many logistics teams']);
    expect(pitch('Get a free audit of your site.')).toEqual(['free audit']);
    expect(pitch('Ik heb een slimme tool voor webshops ontwikkeld.')).toEqual(['Ik heb een slimme tool voor webshops ontwikkeld']);
    expect(pitch('Wij hebben voor webshops een slimme tool ontwikkeld.')).toEqual(['Wij hebben voor webshops een slimme tool ontwikkeld']);
  });

  it('a target in the next sentence, or past a clause, is no beneficiary of the offer', () => {
    expect(pitch('We help. Teams of all kinds love it.')).toEqual(['We help']);
    expect(pitch('We help, as a small agency, logistics teams grow.')).toEqual(['We help']);
  });
});
