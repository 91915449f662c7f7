import type { Messages } from './en.ts';

/**
 * The German catalogue. Typed as `Messages`: a key missing here, or one English does not have, fails the type check.
 * Status names follow the German Statuspage interface.
 */
export const de: Messages = {
  status: {
    operational: 'Betriebsbereit',
    degraded_performance: 'Eingeschränkte Leistung',
    partial_outage: 'Teilausfall',
    major_outage: 'Großer Ausfall',
    under_maintenance: 'In Wartung',
    no_data: 'Keine Daten',
  },
  overall: {
    operational: 'Alle Systeme betriebsbereit',
    degraded_performance: 'Leichte Störung',
    partial_outage: 'Teilweiser Systemausfall',
    major_outage: 'Großer Dienstausfall',
    under_maintenance: 'Dienst in Wartung',
    no_data: 'Status unbekannt',
  },
  updateStatus: {
    investigating: 'Untersuchung',
    identified: 'Ursache gefunden',
    monitoring: 'Beobachtung',
    resolved: 'Behoben',
  },
  maintenanceState: { scheduled: 'Geplant', in_progress: 'Läuft', completed: 'Abgeschlossen' },

  layout: {
    skip: 'Zum Inhalt springen',
    siteNav: 'Website',
    standards: 'Servicestandards',
    howWeMeasure: 'So messen wir',
    search: 'Suche',
    home: 'Startseite',
    breadcrumb: 'Brotkrümelnavigation',
    footer: (agency) => `${agency} · Veröffentlicht aus Inhalten in Git mit Upkeep.`,
    demo: 'Demo-Inhalt.',
    demoText: (agency, asOf) => `${agency} und die Kunden sind erfunden; die Zahlen stammen aus Demodaten mit Stand ${asOf}.`,
    unlisted: (client) => `${client} ist nicht gelistet: Diese Seite ist nirgends verlinkt und wird nicht indexiert.`,
  },
  clientNav: {
    label: 'Kundenseiten',
    standards: 'Standards & SLA',
    status: 'Status',
    incidents: 'Vorfälle',
    reports: 'Berichte',
    lessons: 'Lehren',
  },

  statusPage: {
    title: (client) => `${client}: Status`,
    description: (client) => `Aktueller Status der Dienste von ${client}.`,
    activeIncidents: 'Aktive Vorfälle',
    maintenanceNow: 'Laufende Wartung',
    components: 'Komponenten',
    upcomingMaintenance: 'Geplante Wartung',
    noneScheduled: 'Keine geplant.',
    recentlyResolved: 'Kürzlich behoben',
    noneResolved: (days) => `In den letzten ${days} Tagen wurden keine Vorfälle behoben.`,
    allIncidents: 'Alle Vorfälle',
    built: 'Seite erstellt',
    barsIn: (zone) => `Die Balken zeigen den schlechtesten Status jedes Tages in ${zone}:`,
    everyDay: 'Zahlen für jeden Tag',
  },
  freshness: {
    lastUpdated: 'Überwachungsdaten zuletzt aktualisiert',
    noData: 'Noch keine Überwachungsdaten: Status nur aus Vorfällen',
    staleTitle: 'Diese Seite ist möglicherweise veraltet.',
    staleBefore: 'Ihre neuesten Überwachungsdaten sind',
    staleAfter: 'alt',
    staleEnd: 'daher stimmt das Gezeigte vielleicht nicht mehr.',
    contact: 'Wenn etwas nicht stimmt, wenden Sie sich an',
    age: { minute: ['1 Minute', '{n} Minuten'], hour: ['1 Stunde', '{n} Stunden'], day: ['1 Tag', '{n} Tage'] },
  },
  legend: {
    title: (zone) => `Jeder Balken ist ein Tag in ${zone} und zeigt dessen schlechtesten Status:`,
    shades: (light, medium) =>
      `Hellere Balken stehen für kürzere Probleme: bis ${light} gewichtete Ausfallminuten, bis ${medium} oder mehr. Wählen Sie einen Balken für die Einzelheiten des Tages.`,
  },
  bars: {
    label: (component) => `${component}: Status Tag für Tag, älteste zuerst`,
    available: (percent) => `${percent} verfügbar`,
    weighted: (minutes) => `${minutes} gewichtete Ausfallminuten`,
    outage: (duration) => `${duration} Ausfall`,
    maintenance: (duration) => `${duration} Wartung`,
    incidents: (n) => `${n} ${n === 1 ? 'Vorfall' : 'Vorfälle'}`,
    windows: (n) => `${n} ${n === 1 ? 'Wartungsfenster' : 'Wartungsfenster'}`,
    dayTotal: 'aus einer Tagessumme gezählt (UTC-Tag, genaue Zeiten unbekannt)',
    today: 'heute bisher',
    uptime: (percent, days, observed) => `${percent} Verfügbarkeit über ${days} Tage, ${observed} beobachtet`,
    noData: (days) => `Keine Daten über ${days} Tage`,
    daysAgo: (days) => `vor ${days} Tagen`,
    todayAxis: 'Heute',
    maintenancePrefix: 'Wartung:',
  },
  component: {
    notCovered: 'nicht vom SLA abgedeckt',
    notMonitored: 'Nicht überwacht: Status nur aus Vorfällen.',
    dependency: 'Vorgelagerter Anbieter: Status so, wie seine eigene Statusseite ihn meldet; nicht von uns betrieben.',
  },
  manyComponents: {
    allComponents: 'Alle Komponenten',
    worstOf: (member, affected, of) => `am schlechtesten: ${member} (${affected} von ${of} betroffen)`,
    lowest: (member) => `niedrigste: ${member}`,
    rowNote: 'Jeder Tag zeigt die Komponente, der es an diesem Tag am schlechtesten ging.',
    moreOperational: (n) => `${n} weitere ${n === 1 ? 'Komponente' : 'Komponenten'}, alle in Betrieb`,
    everyComponent: 'Alle Komponenten im Einzelnen',
    componentsTitle: (client) => `${client}: alle Komponenten`,
    componentsDescription: (client) => `Alle Komponenten der Dienste von ${client} und ihr aktueller Status.`,
  },
  notice: {
    reported: 'gemeldet',
    affects: 'betrifft',
    affectsStart: 'Betrifft',
    to: 'bis',
  },

  duration: {
    min: 'Min.',
    h: 'Std.',
    d: 'T.',
    workingDays: (n) => `${n} ${n === '1' ? 'Arbeitstag' : 'Arbeitstage'}`,
    workingHours: (n) => `${n} ${n === '1' ? 'Arbeitsstunde' : 'Arbeitsstunden'}`,
    workingMinutes: (n) => `${n} ${n === '1' ? 'Arbeitsminute' : 'Arbeitsminuten'}`,
    workingTime: (duration) => `${duration} Arbeitszeit`,
  },

  zone: {
    label: 'Zeiten in',
    client: (zone) => `der Zeitzone des Kunden (${zone})`,
    visitor: (zone) => `Ihrer Zeitzone (${zone})`,
    utc: 'UTC',
    button: 'Zeiten in meiner Zeitzone zeigen',
  },
};
