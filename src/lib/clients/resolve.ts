import type { Agency } from '../../schemas/agency.ts';
import type { Client } from '../../schemas/client.ts';
import type { EscalationStep, SupportModel } from '../../schemas/support.ts';
import { DEFAULT_LOCALE, type Locale } from '../../vocabulary/locale.ts';

/** A client with every part of its support model filled in: its own where given, the agency's otherwise. */
export type ResolvedClient = Client &
  SupportModel & {
    /** Folder name under content/clients, used in URLs. */
    id: string;
    escalation: EscalationStep[];
    /** The language of the client's pages: its own, or English. */
    locale: Locale;
    /** Which fields the client overrides, to say "bespoke" on the page. */
    bespoke: Array<keyof SupportModel | 'escalation'>;
  };

/**
 * Applies the agency's default support model to a client, field by field (a client that sets `priorities`
 * replaces all four levels, so a package is never half one and half the other).
 */
export function resolveClient(id: string, client: Client, agency: Pick<Agency, 'defaults' | 'escalation'>): ResolvedClient {
  const bespoke: ResolvedClient['bespoke'] = [];
  const pick = <K extends keyof SupportModel>(key: K): SupportModel[K] => {
    const own = client[key] as SupportModel[K] | undefined;
    if (own === undefined) return agency.defaults[key];
    bespoke.push(key);
    return own;
  };
  const resolved = {
    ...client,
    id,
    supportHours: pick('supportHours'),
    priorities: pick('priorities'),
    uptimeTarget: pick('uptimeTarget'),
    warrantyDays: pick('warrantyDays'),
    escalation: client.escalation ?? agency.escalation,
    locale: client.locale ?? DEFAULT_LOCALE,
    bespoke,
  };
  if (client.escalation) bespoke.push('escalation');
  return resolved;
}
