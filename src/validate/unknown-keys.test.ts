import { describe, expect, it } from 'vitest';
import { clientSchema } from '../schemas/client.ts';
import { incidentSchema } from '../schemas/incident.ts';
import { editDistance, knownKeysAt, nearestKey, unknownKeyMessage } from './unknown-keys.ts';

describe('nearestKey', () => {
  it.each([
    ['monitr', ['id', 'name', 'monitor'], 'monitor'],
    ['startedat', ['startedAt', 'reportedAt'], 'startedAt'],
    ['slaComponent', ['components', 'slaComponents'], 'slaComponents'],
    ['colour', ['id', 'name'], undefined],
    ['x', ['id'], 'id'],
  ])('%s among %j → %s', (key, known, expected) => expect(nearestKey(key, known)).toBe(expected));

  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['abc', 'abc', 0],
    ['abc', '', 3],
  ])('editDistance(%j, %j) = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('unknownKeyMessage', () => {
  it.each([
    ['a near key', 'monitr', ['monitor'], [], 'unknown field "monitr": did you mean "monitor"?'],
    ['the one missing required key', 'restoreTime', ['restoreTarget', 'clock'], ['restoreTarget'], 'unknown field "restoreTime": did you mean "restoreTarget" (required, and missing)?'],
    ['no hint', 'colour', ['id', 'name'], [], 'unknown field "colour"; expected one of: id, name'],
  ])('%s', (_, key, known, missing, message) => expect(unknownKeyMessage(key, known, missing)).toBe(message));
});

describe('knownKeysAt', () => {
  const data = { components: [{ id: 'www', monitor: { source: 'uptimerobot' } }], lessons: [{ txt: 'x' }] };
  it.each([
    ['a component', clientSchema, ['components', 0], ['id', 'name', 'group', 'description', 'monitor', 'dependency']],
    ['the monitor its source picks', clientSchema, ['components', 0, 'monitor'], ['intervalSeconds', 'source', 'monitorId', 'tokenEnv', 'baseUrl']],
    ['optional support hours', clientSchema, ['supportHours'], ['days', 'start', 'end', 'holidays']],
    ['a lesson written as an object', incidentSchema, ['lessons', 0], ['text', 'theme']],
    ['a scalar', clientSchema, ['name'], undefined],
  ])('%s', (_, schema, path, expected) => expect(knownKeysAt(schema, path, data)).toEqual(expected));
});
