import { agencyProof, type AgencyProof } from '../lib/sla/proof.ts';
import { getAgency } from './agency.ts';
import { getClientData } from './client-data.ts';
import { getPublicClients } from './clients.ts';
import { buildNow } from './clock.ts';

let proof: Promise<AgencyProof> | undefined;

/** The agency-wide figures behind the standards, from public clients only, computed once per build. */
export function getProof(): Promise<AgencyProof> {
  proof ??= (async () => {
    const clients = await Promise.all((await getPublicClients()).map(getClientData));
    return agencyProof({ clients, now: await buildNow(), timeZone: (await getAgency()).timeZone });
  })();
  return proof;
}
