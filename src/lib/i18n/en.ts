import { STATUS_LABEL, type ComponentStatus, type IncidentUpdateStatus } from '../../vocabulary/status.ts';

/**
 * The English catalogue: every interface string of the pages moved here so far (issue 10 §5), British English. It is
 * the reference: its shape is `Messages`, so a catalogue that lacks a key, or spells one differently, fails the type
 * check. What staff write (incident text, standards prose, names) is never translated: it is published as written.
 *
 * Functions take the figures already formatted for the locale (numbers, dates, durations), so the words alone change.
 */
export const en = {
  /** Component statuses, as Statuspage shows them: the vocabulary's own labels, one copy. */
  status: STATUS_LABEL,
  /** A page's overall status: Statuspage's own descriptions. */
  overall: {
    operational: 'All Systems Operational',
    degraded_performance: 'Minor Service Outage',
    partial_outage: 'Partial System Outage',
    major_outage: 'Major Service Outage',
    under_maintenance: 'Service Under Maintenance',
    no_data: 'Status Unknown',
  } satisfies Record<ComponentStatus, string>,
  updateStatus: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
  } satisfies Record<IncidentUpdateStatus, string>,
  maintenanceState: { scheduled: 'Scheduled', in_progress: 'In progress', completed: 'Completed' },

  layout: {
    skip: 'Skip to content',
    siteNav: 'Site',
    standards: 'Service standards',
    howWeMeasure: 'How we measure',
    search: 'Search',
    home: 'Home',
    breadcrumb: 'Breadcrumb',
    footer: (agency: string) => `${agency} · Published from content in git by Upkeep.`,
    demo: 'Demo content.',
    demoText: (agency: string, asOf: string) => `${agency} and its clients are fictional; figures are from demo data as of ${asOf}.`,
    unlisted: (client: string) => `${client} is unlisted: this page is not linked or indexed.`,
  },
  clientNav: {
    label: 'Client pages',
    standards: 'Standards & SLA',
    status: 'Status',
    incidents: 'Incidents',
    reports: 'Reports',
    lessons: 'Lessons learned',
  },

  statusPage: {
    title: (client: string) => `${client}: status`,
    description: (client: string) => `Current status of ${client}'s services.`,
    activeIncidents: 'Active incidents',
    maintenanceNow: 'Maintenance in progress',
    components: 'Components',
    upcomingMaintenance: 'Upcoming maintenance',
    noneScheduled: 'None scheduled.',
    recentlyResolved: 'Recently resolved',
    noneResolved: (days: number) => `No incidents resolved in the last ${days} days.`,
    allIncidents: 'All incidents',
    built: 'Page built',
    barsIn: (zone: string) => `Bars show each day's worst status in ${zone}:`,
    everyDay: "every day's figures",
  },
  freshness: {
    lastUpdated: 'Monitor data last updated',
    noData: 'No monitor data yet: status from incidents only',
    staleTitle: 'This page may be out of date.',
    /** Around the age (filled in by the script) and the exact time. */
    staleBefore: 'Its newest monitor data is',
    staleAfter: 'old',
    staleEnd: 'so what it shows may no longer be true.',
    contact: 'If something is wrong, contact',
    /**
     * The age in rough words ("3 hours"), shown beside the exact time, never instead of it: one and other forms, `{n}`
     * for the number. Templates rather than functions: the page's small script fills them in.
     */
    age: { minute: ['1 minute', '{n} minutes'], hour: ['1 hour', '{n} hours'], day: ['1 day', '{n} days'] } as Record<'minute' | 'hour' | 'day', [string, string]>,
  },
  legend: {
    title: (zone: string) => `Each bar is one day in ${zone}, showing its worst status:`,
    shades: (light: number, medium: number) =>
      `Lighter bars are shorter problems: up to ${light} weighted down minutes, up to ${medium}, or more. Choose a bar for that day's details.`,
  },
  bars: {
    label: (component: string) => `${component}: status day by day, oldest first`,
    available: (percent: string) => `${percent} available`,
    weighted: (minutes: string) => `${minutes} weighted down minutes`,
    outage: (duration: string) => `${duration} of outage`,
    maintenance: (duration: string) => `${duration} maintenance`,
    incidents: (n: number) => `${n} incident${n === 1 ? '' : 's'}`,
    windows: (n: number) => `${n} maintenance window${n === 1 ? '' : 's'}`,
    dayTotal: 'counted from a daily total (UTC day, exact times unknown)',
    today: 'today so far',
    uptime: (percent: string, days: number, observed: string) => `${percent} uptime over ${days} days, ${observed} observed`,
    noData: (days: number) => `No data over ${days} days`,
    daysAgo: (days: number) => `${days} days ago`,
    todayAxis: 'Today',
    maintenancePrefix: 'Maintenance:',
  },
  component: {
    notCovered: 'not covered by the SLA',
    notMonitored: 'Not monitored: status from incidents only.',
    dependency: 'Upstream provider: its status as its own status page reports it; not run by us.',
  },
  /** A status page with many components (src/lib/status/layout.ts): rows of bars per group, or one for all. */
  manyComponents: {
    allComponents: 'All components',
    /** One day of a group's row: whose bar it is, and how many of the group's components were affected. */
    worstOf: (member: string, affected: number, of: number) => `worst: ${member} (${affected} of ${of} affected)`,
    lowest: (member: string) => `lowest: ${member}`,
    rowNote: "Each day shows the component that fared worst that day.",
    moreOperational: (n: number) => `${n} more component${n === 1 ? '' : 's'}, all operational`,
    everyComponent: 'Every component',
    componentsTitle: (client: string) => `${client}: every component`,
    componentsDescription: (client: string) => `Every component of ${client}'s services and its status now.`,
  },
  notice: {
    reported: 'reported',
    affects: 'affects',
    affectsStart: 'Affects',
    to: 'to',
  },

  duration: {
    min: 'min',
    h: 'h',
    d: 'd',
    /** A business-clock target in whole working days: "5 working days". */
    workingDays: (n: string) => `${n} working day${n === '1' ? '' : 's'}`,
    /** A business-clock target in whole working hours: "4 working hours". */
    workingHours: (n: string) => `${n} working hour${n === '1' ? '' : 's'}`,
    /** A business-clock target under an hour: "30 working minutes". */
    workingMinutes: (n: string) => `${n} working minute${n === '1' ? '' : 's'}`,
    /** Any other business-clock target: "2 h 15 min of working time". */
    workingTime: (duration: string) => `${duration} of working time`,
  },

  zone: {
    /** The switch's label, its choices and what it says once times are in another zone. */
    label: 'Times shown in',
    client: (zone: string) => `the client's zone (${zone})`,
    visitor: (zone: string) => `your zone (${zone})`,
    utc: 'UTC',
    button: 'Show times in my time zone',
  },
};

/** The shape every catalogue has: the English one's, with each string free to differ. */
export type Messages = typeof en;
