import type { ActionItem, Lesson } from '../../schemas/incident.ts';

/**
 * The lessons-learned log: every lesson and action item from the postmortems, grouped by the theme staff tag them
 * with, action items flagged overdue when open past their due date at the build's "today".
 */

/** The postmortem a lesson or action comes from. */
export interface LessonOrigin {
  clientId: string;
  clientName: string;
  incidentId: string;
  incidentTitle: string;
  /** ISO instant, for ordering (newest first). */
  reportedAt: string;
}

/** One incident's lessons and action items, as the log reads them. */
export interface LessonSource extends LessonOrigin {
  lessons: readonly Lesson[];
  actionItems: readonly ActionItem[];
}

export type ActionState = 'done' | 'open' | 'overdue';
export interface LoggedAction extends ActionItem {
  from: LessonOrigin;
  state: ActionState;
  /** Whole days past due (overdue only). */
  daysOverdue?: number;
}
export interface LoggedLesson extends Lesson {
  from: LessonOrigin;
}
export interface ThemeGroup {
  /** The theme as staff wrote it; `OTHER` for untagged items. */
  theme: string;
  lessons: LoggedLesson[];
  actions: LoggedAction[];
}
export interface LessonsLog {
  groups: ThemeGroup[];
  counts: Record<ActionState, number> & { lessons: number };
}

/** The group for lessons and actions without a theme; listed last. */
export const OTHER = 'Other';

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * An action's state on `today` (YYYY-MM-DD): done, open, or overdue once its due date has passed (due today is open).
 *
 * @example actionState({ done: false, due: '2026-11-20' }, '2026-11-22') // → { state: 'overdue', daysOverdue: 2 }
 */
export function actionState(action: Pick<ActionItem, 'done' | 'due'>, today: string): { state: ActionState; daysOverdue?: number } {
  if (action.done) return { state: 'done' };
  const late = dayNumber(today) - dayNumber(action.due);
  return late > 0 ? { state: 'overdue', daysOverdue: late } : { state: 'open' };
}

/**
 * The log of `sources` on `today`: groups by theme (themes compared without case; the first spelling met is shown),
 * alphabetical with untagged items last; within a group newest incident first, overdue actions before open and done.
 */
export function lessonsLog(sources: readonly LessonSource[], today: string): LessonsLog {
  const groups = new Map<string, ThemeGroup>();
  const group = (theme: string | undefined) => {
    const name = theme?.trim() || OTHER;
    const key = name.toLowerCase();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { theme: name, lessons: [], actions: [] }));
    return g;
  };
  const counts = { done: 0, open: 0, overdue: 0, lessons: 0 };
  const ordered = [...sources].sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
  for (const { lessons, actionItems, ...from } of ordered) {
    for (const lesson of lessons) {
      group(lesson.theme).lessons.push({ ...lesson, from });
      counts.lessons++;
    }
    for (const action of actionItems) {
      const state = actionState(action, today);
      group(action.theme).actions.push({ ...action, from, ...state });
      counts[state.state]++;
    }
  }
  const rank: Record<ActionState, number> = { overdue: 0, open: 1, done: 2 };
  for (const g of groups.values()) g.actions.sort((a, b) => rank[a.state] - rank[b.state]);
  const list = [...groups.values()].sort((a, b) => (a.theme === OTHER ? 1 : b.theme === OTHER ? -1 : a.theme.localeCompare(b.theme)));
  return { groups: list, counts };
}
