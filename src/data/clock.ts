import { pinnedNow } from '../config/env.ts';
import { getAgency } from './agency.ts';

/**
 * "Now" for the whole build, decided once: UPKEEP_NOW if set (tests, reproducible builds), else the demo's
 * `asOf` for demo content (so the demo reads the same whenever it is built), else the real time of the build.
 */
export async function buildNow(): Promise<Date> {
  const pinned = pinnedNow();
  if (pinned) return pinned;
  const agency = await getAgency();
  return agency.demo ? new Date(agency.demo.asOf) : fixedBuildTime;
}

// One instant per build, so every page agrees with every other to the minute.
const fixedBuildTime = new Date();
