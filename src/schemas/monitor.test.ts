// Table tests for monitor settings, one table per source, all parsed through monitorSchema as client.yaml is: each
// row changes one field of a valid monitor and says what it parses to, or which field the one issue it raises names
// and a fragment of what that issue says was expected.
import { describe, expect, it } from 'vitest';
import { monitorSchema } from './monitor.ts';

/** The issues a value raises, as path and message; none when it is accepted. */
function issues(value: unknown) {
  const result = monitorSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

type Settings = Record<string, unknown>;

interface Table {
  source: string;
  /** A valid monitor of this source. */
  valid: Settings;
  /** [description, changes to `valid` (undefined removes a field), part of what it parses to] */
  accepted: Array<[string, Settings, Settings]>;
  /** [description, changes to `valid`, path of the one issue, fragment of its message] */
  rejected: Array<[string, Settings, PropertyKey[], string]>;
}

const withChanges = (valid: Settings, changes: Settings): Settings =>
  Object.fromEntries(Object.entries({ ...valid, ...changes }).filter(([, v]) => v !== undefined));

const ENV_NAME = 'expected the NAME of an environment variable';
const HTTP = 'expected an http(s) URL';

/** Rows every source shares: the check interval. */
const interval = {
  accepted: [
    ['the default interval', {}, { intervalSeconds: 300 }],
    ['a one-minute interval', { intervalSeconds: 60 }, { intervalSeconds: 60 }],
  ] as Table['accepted'],
  rejected: [
    ['an interval of 0', { intervalSeconds: 0 }, ['intervalSeconds'], 'expected number to be >0'],
    ['a fractional interval', { intervalSeconds: 0.5 }, ['intervalSeconds'], 'expected int'],
  ] as Table['rejected'],
};

/** Rows for a required tokenEnv: its name, never the token. */
const requiredToken = (name: string): Table['rejected'] => [
  ['a token pasted as tokenEnv', { tokenEnv: 'pk_live_4f9a2c' }, ['tokenEnv'], ENV_NAME],
  ['a tokenEnv starting with a digit', { tokenEnv: '1TOKEN' }, ['tokenEnv'], ENV_NAME],
  ['a tokenEnv with a dash', { tokenEnv: `${name}-TOKEN` }, ['tokenEnv'], ENV_NAME],
  ['no tokenEnv', { tokenEnv: undefined }, ['tokenEnv'], 'expected string'],
];

describe.each<Table>([
  {
    source: 'probe',
    valid: { source: 'probe', url: 'https://www.example.com/' },
    accepted: [
      ...interval.accepted,
      ['the defaults', {}, { method: 'GET', timeoutMs: 10000 }],
      ['HEAD with expected statuses', { method: 'HEAD', expectStatus: [200, 301, 503] }, { method: 'HEAD', expectStatus: [200, 301, 503] }],
      ['the edges of the status range', { expectStatus: [100, 599] }, { expectStatus: [100, 599] }],
      ['a keyword, a timeout and a degraded threshold', { keyword: 'Basket', timeoutMs: 5000, degradedAboveMs: 2000 }, { timeoutMs: 5000, degradedAboveMs: 2000 }],
      ['a plain http URL', { url: 'http://127.0.0.1:8080/health' }, { url: 'http://127.0.0.1:8080/health' }],
    ],
    rejected: [
      ['a misspelt field', { keywrd: 'Basket' }, [], 'Unrecognized key: "keywrd"'],
      ...interval.rejected,
      ['no url', { url: undefined }, ['url'], HTTP],
      ['a url that is not http(s)', { url: 'ftp://files.example.com/' }, ['url'], HTTP],
      ['a url without a scheme', { url: 'www.example.com' }, ['url'], HTTP],
      ['an unknown method', { method: 'POST' }, ['method'], 'expected one of "GET"|"HEAD"'],
      ['a status below 100', { expectStatus: [200, 99] }, ['expectStatus', 1], 'expected number to be >=100'],
      ['a status above 599', { expectStatus: [600] }, ['expectStatus', 0], 'expected number to be <=599'],
      ['a fractional status', { expectStatus: [200.5] }, ['expectStatus', 0], 'expected int'],
      ['a timeout of 0', { timeoutMs: 0 }, ['timeoutMs'], 'expected number to be >0'],
      ['a negative degraded threshold', { degradedAboveMs: -1 }, ['degradedAboveMs'], 'expected number to be >0'],
      ['a fractional degraded threshold', { degradedAboveMs: 1.5 }, ['degradedAboveMs'], 'expected int'],
    ],
  },
  {
    source: 'pingdom',
    valid: { source: 'pingdom', checkId: 1234567, tokenEnv: 'PINGDOM_TOKEN' },
    accepted: [
      ...interval.accepted,
      ['the default API', {}, { baseUrl: 'https://api.pingdom.com/api/3.1' }],
      ['a test API', { baseUrl: 'http://127.0.0.1:9000/api/3.1' }, { baseUrl: 'http://127.0.0.1:9000/api/3.1' }],
      ['an env name with digits and underscores', { tokenEnv: '_PINGDOM_TOKEN_2' }, { tokenEnv: '_PINGDOM_TOKEN_2' }],
    ],
    rejected: [
      ...interval.rejected,
      ...requiredToken('PINGDOM'),
      ['check id 0', { checkId: 0 }, ['checkId'], 'expected number to be >0'],
      ['a check id as text', { checkId: '1234567' }, ['checkId'], 'expected number'],
      ['a base URL that is not http(s)', { baseUrl: 'api.pingdom.com' }, ['baseUrl'], HTTP],
    ],
  },
  {
    source: 'uptimerobot',
    valid: { source: 'uptimerobot', monitorId: 778899, tokenEnv: 'UPTIMEROBOT_API_KEY' },
    accepted: [...interval.accepted, ['the default API', {}, { baseUrl: 'https://api.uptimerobot.com/v2' }]],
    rejected: [
      ...interval.rejected,
      ...requiredToken('UPTIMEROBOT'),
      ['a negative monitor id', { monitorId: -1 }, ['monitorId'], 'expected number to be >0'],
      ['a fractional monitor id', { monitorId: 1.5 }, ['monitorId'], 'expected int'],
      ['a base URL that is not http(s)', { baseUrl: 'ftp://api.uptimerobot.com/v2' }, ['baseUrl'], HTTP],
    ],
  },
  {
    source: 'betterstack',
    valid: { source: 'betterstack', monitorId: '2061234', tokenEnv: 'BETTERSTACK_TOKEN' },
    accepted: [...interval.accepted, ['the default API', {}, { baseUrl: 'https://uptime.betterstack.com/api/v2' }]],
    rejected: [
      ...interval.rejected,
      ...requiredToken('BETTERSTACK'),
      ['an empty monitor id', { monitorId: '' }, ['monitorId'], '>=1 characters'],
      ['a monitor id as a number', { monitorId: 2061234 }, ['monitorId'], 'expected string'],
      ['a base URL that is not http(s)', { baseUrl: 'uptime.betterstack.com' }, ['baseUrl'], HTTP],
    ],
  },
  {
    source: 'uptimekuma',
    valid: { source: 'uptimekuma', baseUrl: 'https://kuma.example.com', statusPage: 'clients', monitorId: 12 },
    accepted: [...interval.accepted, ['a status page and monitor', {}, { statusPage: 'clients', monitorId: 12 }]],
    rejected: [
      ...interval.rejected,
      ['no base URL', { baseUrl: undefined }, ['baseUrl'], HTTP],
      ['an empty status page', { statusPage: '' }, ['statusPage'], '>=1 characters'],
      ['monitor id 0', { monitorId: 0 }, ['monitorId'], 'expected number to be >0'],
      ['a fractional monitor id', { monitorId: 12.5 }, ['monitorId'], 'expected int'],
    ],
  },
  {
    source: 'prometheus',
    valid: { source: 'prometheus', baseUrl: 'https://prometheus.example.com', instance: 'https://www.example.com/' },
    accepted: [
      ...interval.accepted,
      ['no job and no token', {}, { instance: 'https://www.example.com/' }],
      ['a job and a token', { job: 'blackbox', tokenEnv: 'PROMETHEUS_TOKEN' }, { job: 'blackbox', tokenEnv: 'PROMETHEUS_TOKEN' }],
    ],
    rejected: [
      ...interval.rejected,
      ['no base URL', { baseUrl: undefined }, ['baseUrl'], HTTP],
      ['an empty instance', { instance: '' }, ['instance'], '>=1 characters'],
      ['a token pasted as tokenEnv', { tokenEnv: 'eyJhbGciOi' }, ['tokenEnv'], ENV_NAME],
    ],
  },
  {
    source: 'gatus',
    valid: { source: 'gatus', baseUrl: 'https://gatus.example.com', key: 'core_website' },
    accepted: [
      ...interval.accepted,
      ['no token', {}, { key: 'core_website' }],
      ['a token', { tokenEnv: 'GATUS_TOKEN' }, { tokenEnv: 'GATUS_TOKEN' }],
    ],
    rejected: [
      ...interval.rejected,
      ['a base URL that is not http(s)', { baseUrl: 'gatus.example.com' }, ['baseUrl'], HTTP],
      ['an empty key', { key: '' }, ['key'], '>=1 characters'],
      ['a token pasted as tokenEnv', { tokenEnv: 'ghp_abc123' }, ['tokenEnv'], ENV_NAME],
    ],
  },
  {
    source: 'upptime',
    valid: { source: 'upptime', slug: 'website', path: '../upptime' },
    accepted: [
      ...interval.accepted,
      ['a local checkout', {}, { path: '../upptime' }],
      ['a raw URL', { path: undefined, url: 'https://raw.githubusercontent.com/acme/upptime/master' }, { url: 'https://raw.githubusercontent.com/acme/upptime/master' }],
      ['a raw URL with a token', { path: undefined, url: 'https://raw.example.com/upptime', tokenEnv: 'UPPTIME_TOKEN' }, { tokenEnv: 'UPPTIME_TOKEN' }],
    ],
    rejected: [
      ...interval.rejected,
      // Exactly one of path or url.
      ['both path and url', { url: 'https://raw.example.com/upptime' }, ['path'], 'expected exactly one of path or url'],
      ['neither path nor url', { path: undefined }, ['path'], 'expected exactly one of path or url'],
      ['an empty path and no url', { path: '' }, ['path'], 'expected exactly one of path or url'],
      ['a url that is not http(s)', { path: undefined, url: 'file:///srv/upptime' }, ['url'], HTTP],
      ['an empty slug', { slug: '' }, ['slug'], '>=1 characters'],
      ['a token pasted as tokenEnv', { path: undefined, url: 'https://raw.example.com/upptime', tokenEnv: 'ghp_abc123' }, ['tokenEnv'], ENV_NAME],
    ],
  },
])('$source', ({ source, valid, accepted, rejected }) => {
  it.each(accepted)('accepts %s', (_, changes, output) => {
    expect(monitorSchema.parse(withChanges(valid, changes))).toMatchObject({ source, ...output });
  });
  it.each(rejected)('rejects %s', (_, changes, path, fragment) => {
    expect(issues(withChanges(valid, changes))).toEqual([{ path, message: expect.stringContaining(fragment) }]);
  });
});

describe('source', () => {
  it.each([
    ['an unknown source', { source: 'nagios', url: 'https://www.example.com/' }],
    ['no source', { url: 'https://www.example.com/' }],
    ['a source in capitals', { source: 'Probe', url: 'https://www.example.com/' }],
  ])('rejects %s, naming the sources there are', (_, value) => {
    expect(issues(value)).toEqual([{ path: ['source'], message: expect.stringContaining("'probe' | 'pingdom' | 'uptimerobot'") }]);
  });
});
