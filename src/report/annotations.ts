import { compareFindings, LEVEL_RANK, type Finding } from '../lint/finding.js';
import type { Level } from '../lint/rule-api.js';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and 50 per job
 * (actions/toolkit, "Annotations"); the rest are dropped silently. We choose which ones show.
 */
export const ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 } as const;

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly kind: AnnotationKind;
  readonly message: string;
  readonly title: string;
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  /** Only when the finding starts and ends on one line: GitHub rejects columns across lines. */
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface AnnotationPlan {
  /** Most severe first, then by file and position. */
  readonly annotations: readonly Annotation[];
  /** Open findings that could have been annotated. */
  readonly total: number;
  /** `showing N of M …` when some were left out, else undefined. */
  readonly notice: string | undefined;
}

export interface PlanOptions {
  /**
   * Slots the step needs for its own messages, per kind (the failure message is an error
   * annotation, the "showing N of M" notice is a notice, an upload problem a warning).
   */
  readonly reserved?: Partial<Record<AnnotationKind, number>>;
  readonly perLevel?: number;
  readonly perJob?: number;
}

const KIND: Readonly<Record<Level, AnnotationKind>> = { error: 'error', warning: 'warning', note: 'notice' };

/** Chooses the annotations for the open findings within GitHub's caps. */
export function planAnnotations(findings: readonly Finding[], options: PlanOptions = {}): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATION_LIMITS.perLevel;
  const open = findings.filter((f) => !f.suppression).sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareFindings(a, b));
  const reserved = { error: 0, warning: 0, notice: 0, ...options.reserved };
  const capFor = (kind: AnnotationKind, notice: boolean): number =>
    Math.max(0, perLevel - reserved[kind] - (notice && kind === 'notice' ? 1 : 0));

  const pick = (withNotice: boolean): Annotation[] => {
    let budget = Math.max(0, (options.perJob ?? ANNOTATION_LIMITS.perJob) - reserved.error - reserved.warning - reserved.notice - (withNotice ? 1 : 0));
    const used: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
    const out: Annotation[] = [];
    for (const f of open) {
      const kind = KIND[f.level];
      if (budget === 0) break;
      if (used[kind] >= capFor(kind, withNotice)) continue;
      used[kind]++;
      budget--;
      out.push(toAnnotation(f, kind));
    }
    return out;
  };

  let annotations = pick(false);
  if (annotations.length < open.length) annotations = pick(true);
  const shown = annotations.length;
  const notice =
    shown < open.length
      ? `showing ${shown} of ${open.length} findings as annotations (GitHub shows at most ${perLevel} per level in a step); the job summary and the SARIF file list all of them`
      : undefined;
  return { annotations, total: open.length, notice };
}

function toAnnotation(f: Finding, kind: AnnotationKind): Annotation {
  const startLine = Math.max(1, f.startLine);
  const endLine = Math.max(startLine, f.endLine);
  const oneLine = startLine === endLine;
  return {
    kind,
    message: f.message,
    title: f.ruleId,
    file: f.file,
    startLine,
    endLine,
    ...(oneLine ? { startColumn: Math.max(1, f.startColumn), endColumn: Math.max(f.startColumn + 1, f.endColumn) } : {}),
  };
}
