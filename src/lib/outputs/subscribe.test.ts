import { expect, it } from 'vitest';
import { subscribeView } from './subscribe.ts';

const view = subscribeView('https://status.agency.example/', 'acme', 'status.acme.example');

it('names the API base at the site and at the client’s own domain', () => {
  expect(view.apiBase).toBe('https://status.agency.example/clients/acme');
  expect(view.domainBase).toBe('https://status.acme.example');
  expect(subscribeView('https://status.agency.example/', 'acme').domainBase).toBeUndefined();
});

it('lists every output with its link and one example request for it', () => {
  expect(view.feeds.map((f) => [f.href, f.example])).toEqual([
    ['/clients/acme/history.atom', "curl -s -H 'Accept: application/atom+xml' https://status.agency.example/clients/acme/history.atom"],
    ['/clients/acme/history.rss', "curl -s -H 'Accept: application/rss+xml' https://status.agency.example/clients/acme/history.rss"],
    ['/clients/acme/maintenance.ics', "curl -s -H 'Accept: text/calendar' https://status.agency.example/clients/acme/maintenance.ics"],
  ]);
  expect(view.api).toHaveLength(8);
  expect(view.api[0]).toMatchObject({ href: '/clients/acme/api/v2/summary.json', example: 'curl -s https://status.agency.example/clients/acme/api/v2/summary.json' });
});

it('gives each badge its SVG, its endpoint and the snippets to embed them', () => {
  expect(view.badges.map((b) => b.svgHref)).toEqual(['/clients/acme/badge.svg', '/clients/acme/uptime-30d.svg', '/clients/acme/uptime-90d.svg']);
  expect(view.badges[1]!.markdown).toBe('[![uptime over 30 days](https://status.agency.example/clients/acme/uptime-30d.svg)](https://status.agency.example/clients/acme/status/)');
  expect(view.badges[0]!.example).toBe('curl -s https://status.agency.example/clients/acme/badge.json');
  expect(view.badges[0]!.shields).toBe('https://img.shields.io/endpoint?url=https%3A%2F%2Fstatus.agency.example%2Fclients%2Facme%2Fbadge.json');
});
