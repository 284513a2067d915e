import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OpenElements } from '../src/load/openElements.js';

/** htmlparser2's stack is an array with its top at index 0; `OpenElements` must answer as that array does. */
describe('OpenElements', () => {
  it('answers as htmlparser2’s top-first array on any sequence of operations (fixed seed)', () => {
    const operation = fc.oneof(
      fc.record({ op: fc.constant('unshift' as const), name: fc.constantFrom('div', 'p', 'i', 'svg', 'li') }),
      fc.record({ op: fc.constant('shift' as const) }),
      fc.record({ op: fc.constant('close' as const), name: fc.constantFrom('div', 'p', 'i', 'svg', 'li', 'b') }),
      fc.record({ op: fc.constant('reset' as const) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (operations) => {
        const model: string[] = [];
        const stack = new OpenElements<string>();
        for (const step of operations) {
          if (step.op === 'unshift') expect(stack.unshift(step.name)).toBe(model.unshift(step.name));
          else if (step.op === 'shift') expect(stack.shift()).toBe(model.shift());
          else if (step.op === 'reset') {
            stack.length = 0;
            model.length = 0;
          } else {
            const pos = model.indexOf(step.name);
            expect(stack.indexOf(step.name)).toBe(pos);
            for (let i = 0; i <= pos; i++) expect(stack.shift()).toBe(model.shift());
          }
          expect(stack[0]).toBe(model[0]);
          expect(stack.length).toBe(model.length);
          expect([...stack]).toEqual(model);
        }
      }),
      { seed: 20121206, numRuns: 300 },
    );
  });
});
