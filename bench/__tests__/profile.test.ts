import { ownerOf, topEntries, type CpuProfile } from '../profile';

/** The summary `npm run bench:profile` prints: self time by owner, as a share of the busy (not idle) time. */
describe('the profile summary', () => {
  it('names the owner of a frame: a package, node, our build, or V8', () => {
    expect(ownerOf('file:///srv/app/node_modules/@apollo/gateway/dist/resultShaping.js')).toBe('@apollo/gateway');
    expect(ownerOf('file:///srv/app/node_modules/undici/lib/web/fetch/index.js')).toBe('undici');
    expect(ownerOf('file:///srv/app/node_modules/.cache/customer-graph/start/platform/cache/serialization.js')).toBe(
      'our code',
    );
    expect(ownerOf('node:internal/stream_base_commons')).toBe('node (built-in modules)');
    expect(ownerOf('')).toBe('(V8: native code and GC)');
  });

  it('adds up self time per owner, leaves idle out, and keeps the largest first', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', '') },
        { id: 2, callFrame: frame('applySelectionSet', 'file:///a/node_modules/@apollo/gateway/dist/x.js') },
        { id: 3, callFrame: frame('json', 'file:///a/node_modules/undici/lib/y.js') },
        { id: 4, callFrame: frame('executePlan', 'file:///a/node_modules/@apollo/gateway/dist/z.js') },
      ],
      samples: [1, 2, 3, 4, 2, 1],
      timeDeltas: [500, 300, 100, 100, 300, 500],
    };
    expect(topEntries(profile, (node) => ownerOf(node.callFrame.url), 5)).toEqual([
      { name: '@apollo/gateway', percent: 87.5 },
      { name: 'undici', percent: 12.5 },
    ]);
    expect(topEntries(profile, (node) => node.callFrame.functionName, 1)).toEqual([
      { name: 'applySelectionSet', percent: 75 },
    ]);
  });
});
