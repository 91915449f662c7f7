import type { Weekday } from '../../schemas/support.ts';
import { STATUS_LABEL, type Clock, type ComponentStatus, type IncidentUpdateStatus, type Severity } from '../../vocabulary/status.ts';
import type { IncidentState } from '../incidents/state.ts';
import type { BadgeName } from '../outputs/paths.ts';

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
    /** The theme toggle's name (its state is aria-pressed: pressed = dark). */
    themeToggle: 'Dark theme',
    /** The note under every client page but the status page and the subscribe page. */
    subscribeNote: 'Subscribe and integrate',
    subscribeNoteLink: 'the Statuspage-compatible API, badges, and an example request for each',
  },
  /** The client's feeds and calendar by the key of CLIENT_FEEDS (src/lib/outputs/paths.ts): their names on the pages. */
  feeds: {
    atom: 'Incident and maintenance history (Atom)',
    rss: 'Incident and maintenance history (RSS)',
    calendar: 'Maintenance calendar (iCalendar)',
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
    subscribe: 'Subscribe to updates',
    subscribeAfter: ': feeds, calendar, badges and the Statuspage-compatible API.',
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

  /** A priority's clock, in the three places it is named (src/lib/format/labels.ts CLOCK_LABEL). */
  clock: {
    '24x7': { short: '24×7', clock: '24×7 clock', rule: '24×7 (every minute)' },
    business: { short: 'support hours', clock: 'support-hours clock', rule: 'Support hours only' },
  } satisfies Record<Clock, { short: string; clock: string; rule: string }>,
  /** A target's verdict in words (src/lib/format/labels.ts verdictLabel). */
  verdict: { met: 'Met', missed: 'Missed', missedOpen: 'Missed (still open)', open: 'Open, within target so far' },
  /** An incident's state at the build's now. */
  incidentState: { not_reported: 'Not yet reported', active: 'Active', resolved: 'Resolved' } satisfies Record<IncidentState, string>,
  severity: { critical: 'critical', major: 'major', minor: 'minor' } satisfies Record<Severity, string>,
  /** Weekdays, and working days in words (src/lib/format/hours.ts describeDays). */
  days: {
    names: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } satisfies Record<Weekday, string>,
    every: 'Every day',
    range: (first: string, last: string) => `${first} to ${last}`,
  },
  /** An action item's state, and the table headings every list of them uses. */
  action: {
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    state: 'State',
    from: 'From',
    incident: 'Incident',
    done: 'Done',
    open: 'Open',
    overdue: (days: number) => `Overdue by ${days} day${days === 1 ? '' : 's'}`,
  },
  /** Words for the maintenance notices the site posts itself (src/lib/notices/notices.ts), Statuspage's own wording. */
  maintenanceNotice: {
    window: (start: string, end: string) => `${start} to ${end}`,
    scheduledFor: (window: string) => `Scheduled for ${window}.`,
    rescheduledLabel: 'Rescheduled',
    rescheduled: (from: string, to: string) => `Rescheduled from ${from} to ${to}.`,
    in_progress: 'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
    completed: 'The scheduled maintenance has been completed.',
  },

  /** The client's overview: standards and SLA (clients/[client]/index.astro). */
  overview: {
    title: (client: string) => `${client}: service standards`,
    description: (client: string) => `Support package and SLA for ${client}.`,
    sla: 'Service level agreement',
    uptimeTarget: 'Uptime target',
    perMonth: (target: string, zone: string) => `${target} per calendar month (${zone})`,
    bespoke: ' · bespoke',
    bespokeHeading: ' (bespoke)',
    warranty: 'Warranty',
    warrantyDays: (days: number) => `${days} days after each launch or release`,
    timeZone: 'Time zone',
    priorities: 'Priorities and targets',
    slaCaption: (client: string) => `${client}: response and restore targets by priority`,
    measured: 'Targets are measured from the moment an issue is reported. On a support-hours clock, time outside support hours does not count.',
    supportHours: 'Support hours',
    covered: 'What is covered',
    coveredTag: 'Covered by the uptime SLA',
    notCoveredTag: 'Monitored, not covered',
    contacts: 'Contacts',
    escalation: 'Escalation',
    about: 'About this package',
    roles: { accountManager: 'Account manager', leadDeveloper: 'Lead developer', leadDesigner: 'Lead designer' },
  },
  slaTable: { priority: 'Priority', when: 'When', response: 'Response target', restore: 'Restore target', clock: 'Clock' },
  supportHours: {
    days: 'Days',
    hours: 'Hours',
    localTime: (zone: string) => `(${zone} local time)`,
    closed: 'Closed',
    noHolidays: 'No listed holidays',
    holidays: (n: number) => `${n} holidays`,
  },
  escalation: { level: (level: number) => `Level ${level}:` },

  /** The status page's day-by-day page (status/history.astro, DayByDay.astro). */
  dayByDay: {
    title: (client: string) => `${client}: status day by day`,
    description: (days: number, client: string) => `Each of the last ${days} days of ${client}'s components.`,
    crumb: 'Day by day',
    heading: (client: string) => `${client}: day by day`,
    lead: (days: number, zone: string) =>
      `Each of the last ${days} days in ${zone}, newest first: the worst status, the uptime, the weighted down minutes and what happened. The bars on the`,
    statusPage: 'status page',
    leadEnd: 'link here.',
    caption: (component: string) => `${component}: each day, newest first`,
    day: 'Day',
    worst: 'Worst status',
    status: 'Status',
    uptime: 'Uptime',
    weighted: 'Weighted down min',
    events: 'Incidents and maintenance',
    eventsLabel: 'Events',
    soFar: ' (so far)',
    none: 'None',
    underMaintenance: (duration: string) => `${duration} under maintenance`,
  },

  /** The incident list and an incident's page. */
  incidents: {
    title: (client: string) => `${client}: incidents`,
    description: (client: string) => `Incident history and postmortems for ${client}.`,
    heading: 'Incidents and postmortems',
    none: 'No incidents recorded.',
    table: 'Incidents, newest first',
    incident: 'Incident',
    priority: 'Priority',
    impact: 'Impact',
    reported: 'Reported',
    duration: 'Duration',
    state: 'State',
    soFar: ' so far',
  },
  incident: {
    active: 'Active incident',
    severity: (severity: string) => `${severity} severity`,
    causeBefore: 'Cause: upstream, at',
    causeAfter: ', a provider this service depends on.',
    affected: 'Affected components',
    started: 'Started',
    reported: 'Reported',
    firstResponse: 'First response',
    restored: 'Service restored',
    resolved: 'Resolved',
    duration: 'Duration',
    notYet: 'Not yet',
    updates: 'Status updates',
    newestFirst: 'Newest first.',
    postmortem: 'Postmortem',
    actionItems: 'Action items',
    none: 'None.',
    lessons: 'Lessons learned',
    noneRecorded: 'None recorded.',
  },
  /** Response and restore against the priority's targets (IncidentTargets.astro). */
  targets: {
    heading: 'Against targets',
    intro: (priority: string, level: string, clock: string) => `${priority} (${level}) targets run on a ${clock}`,
    measure: 'Measure',
    took: 'Took',
    target: 'Target',
    dueBy: 'Due by',
    result: 'Result',
    response: 'Response',
    restore: 'Restore',
    soFar: ' so far',
  },

  /** A maintenance window's page. */
  maintenance: {
    kind: 'Scheduled maintenance',
    starts: 'Starts',
    ends: 'Ends',
    affects: 'Affects',
    notices: 'Notices',
    none: 'None posted yet.',
    notice: 'Notice',
    calendar: 'Add every maintenance window to your calendar',
    calendarAfter: ' (iCalendar).',
  },

  /** The monthly reports' index. */
  reports: {
    title: (client: string) => `${client}: monthly reports`,
    description: (client: string) => `Monthly service reports for ${client}.`,
    heading: 'Monthly service reports',
    lead: (target: string, zone: string) => `Availability against the ${target} target and incidents against their targets, per calendar month in ${zone}.`,
    none: 'No reports yet: there is no monitor data or incident for this client.',
    table: 'Monthly service reports',
    month: 'Month',
    uptimeTarget: 'Uptime target',
    incidents: 'Incidents',
    responseMet: 'Response met',
    restoreMet: 'Restore met',
    data: 'Data',
    inProgress: ' (in progress)',
    of: (n: number, total: number) => `${n} of ${total}`,
  },
  /** A monthly report (reports/[month].astro and src/components/report/). */
  report: {
    title: (month: string) => `Service report: ${month}`,
    crumb: 'Monthly reports',
    period: 'Period',
    to: 'to',
    exclusive: (zone: string) => `(exclusive), ${zone}.`,
    inProgress: 'Month in progress: figures to',
    asJson: 'This report as JSON',
    footnote: (zone: string) =>
      `Figures are unrounded in the JSON. Here they are rounded for display only, never in our favour: percentages are cut off at the digits shown, never rounded up; down minutes and budget used are rounded up, budget allowed and left down, other minutes to the nearest; durations up to the whole minute. Times in ${zone}.`,
    summary: 'Summary',
    uptimeTarget: (target: string) => `Uptime target (${target})`,
    componentsMet: (met: number, total: number) => `on ${met} of ${total} SLA components`,
    incidentsReported: 'Incidents reported',
    stillOpen: (n: number) => `${n} still open`,
    noneOpen: 'none still open',
    responseMet: 'Response target met',
    restoreMet: 'Restore target met',
    availability: 'Availability against target',
    chartTitle: (client: string, month: string) => `${client}, ${month}: daily availability`,
    caption: (month: string) => `Availability of each SLA component in ${month}`,
    component: 'Component',
    availabilityCol: 'Availability',
    target: 'Target',
    weighted: 'Weighted down min',
    eligible: 'Eligible min',
    maintenance: 'Maintenance min',
    noData: 'No-data min',
    coverage: 'Coverage',
    minutesFrom: 'Where the minutes come from',
    spansIntro: (weights: string) =>
      `Every span of the month in which a component was not fully operational. Weighted minutes = minutes × weight (${weights}); maintenance and no-data minutes are left out of the eligible minutes.`,
    spansDayTotal:
      ' A day our monitor knows only by its total of down minutes is one line, a UTC day whose exact times are unknown, counted whole in the local day that holds most of it.',
    spansCheck: ' Add them up to check the table above.',
    spans: (component: string, n: number) => `${component}: ${n} span${n === 1 ? '' : 's'}`,
    spansLabel: (component: string) => `${component}: spans`,
    operational: 'Operational throughout.',
    from: 'From',
    to2: 'To',
    status: 'Status',
    minutes: 'Minutes',
    weightedCol: 'Weighted',
    utcDay: (date: string) => `${date} (UTC day, exact times unknown)`,
    budget: 'Error budget',
    budgetIntro: (target: string, allowed: string) => `At ${target}, each component may lose ${allowed} of its eligible minutes to weighted downtime.`,
    allowed: 'Allowed min',
    used: 'Used min',
    left: 'Left min',
    usedShare: 'Used',
    incidents: 'Incidents against targets',
    noIncidents: 'No incidents were reported this month.',
    priorityClock: 'Priority · clock',
    reported: 'Reported',
    responseTarget: 'Response (target)',
    response: 'Response',
    restoreTarget: 'Restore (target)',
    restore: 'Restore',
    maintenanceHeading: 'Maintenance',
    noMaintenance: 'No maintenance windows this month.',
    actionItems: 'Action items',
    noActions: "None from this month's incidents.",
    learned: 'What we learned',
    nothingLearned: 'Nothing recorded this month.',
  },
  /** The report's daily availability chart (AvailabilityChart.astro). */
  chart: {
    desc: (yMin: string, top: string, target: string) =>
      `Daily availability, lowest SLA component each day, on a scale from ${yMin} to ${top}, with the ${target} target as a dashed line. Days without data are grey.`,
    noData: (date: string) => `${date}: no data`,
    target: (target: string) => `target ${target}`,
    caption: (target: string) =>
      `Green days met the ${target} target on every SLA component; red days did not on at least one. A single day below target does not mean the month missed it.`,
  },

  /** The lessons-learned log of a client. */
  lessons: {
    title: (client: string) => `${client}: lessons learned`,
    description: (client: string) => `Lessons and action items from ${client}'s postmortems.`,
    heading: 'Lessons learned',
    intro: (today: string, zone: string, overdue: number, open: number, done: number) =>
      `Every lesson and follow-up action from the postmortems, grouped by theme. An action not done by its due date is marked overdue (as of ${today}, ${zone}): ${overdue} overdue, ${open} open, ${done} done.`,
    none: 'No postmortems yet.',
    actions: (theme: string) => `Action items: ${theme}`,
    /** The group of lessons and actions without a theme (src/lib/lessons/log.ts OTHER). */
    other: 'Other',
  },

  /** The subscribe page (subscribe.astro, SubscribeIntegrate.astro). */
  subscribe: {
    title: (client: string) => `${client}: subscribe and integrate`,
    description: (client: string) => `Feeds, calendar, badges and the Statuspage-compatible API of ${client}.`,
    crumb: 'Subscribe and integrate',
    heading: 'Subscribe and integrate',
    intro: 'Everything on this page is also published for machines, from the same data, at the same moment.',
    feeds: 'Feeds and calendar',
    example: 'Example request:',
    feedsNote:
      'The feeds have one entry per incident update and maintenance notice. Add the calendar to Google Calendar, Outlook or Apple Calendar by its address to see every maintenance window, in your own time zone.',
    api: 'Statuspage-compatible API',
    apiIntro: (client: string) => `The API answers as Atlassian Statuspage's public API v2 does, so tools that read Statuspage read ${client} too.`,
    pointAt: 'Point them at',
    orDomain: ' or, where a tool expects a page at the root of its own domain (embedded widgets), at',
    badges: 'Badges',
    badge: (title: string) => `Badge: ${title}`,
    badgeSvg: (title: string) => `Badge: ${title} (SVG)`,
    endpoint: 'shields.io endpoint (JSON)',
    markdown: 'Embed in Markdown:',
    shields: 'Or restyled by shields.io:',
    /** By badge name (src/lib/outputs/paths.ts BADGE_TITLE). */
    badgeTitle: { badge: 'current status', 'uptime-30d': 'uptime over 30 days', 'uptime-90d': 'uptime over 90 days' } satisfies Record<BadgeName, string>,
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
