import { describe, expect, it } from 'vitest';
import { defaultModel, defaultWeights } from '../../../src/rules/model/default';
import { Model } from '../../../src/rules/model/model';

describe('the committed model', () => {
  it('is decoded once: every caller gets the same model, built from the committed weights', () => {
    const model = defaultModel();
    expect(model).toBeInstanceOf(Model);
    expect(defaultModel()).toBe(model);
    expect(defaultWeights).toBeTypeOf('object');
  });
});
