/**
 * Collects problems with a cap per severity (see `MAX_PROBLEMS_LISTED`). Past the cap only counts
 * are kept, and paths/messages are not even built: they are passed as functions for that reason.
 */
import { MAX_PROBLEMS_LISTED } from '../limits';
import type { BilingualMessage, Problem, Severity } from '../problems';

type Lazy<T> = T | (() => T);
const force = <T>(v: Lazy<T>): T => (typeof v === 'function' ? (v as () => T)() : v);

export class ProblemCollector {
  private readonly lists: Record<Severity, Problem[]> = { error: [], warning: [] };
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0 };

  constructor(private readonly cap: number = MAX_PROBLEMS_LISTED) {}

  add(severity: Severity, code: string, path: Lazy<string>, message: Lazy<BilingualMessage>): void {
    this.counts[severity] += 1;
    if (this.counts[severity] > this.cap) return;
    this.lists[severity].push({ path: force(path), severity, code, message: force(message) });
  }

  error(code: string, path: Lazy<string>, message: Lazy<BilingualMessage>): void {
    this.add('error', code, path, message);
  }

  warning(code: string, path: Lazy<string>, message: Lazy<BilingualMessage>): void {
    this.add('warning', code, path, message);
  }

  /** True once no more problems of this severity will be listed (only counted). */
  isFull(severity: Severity): boolean {
    return this.counts[severity] >= this.cap;
  }

  get errorCount(): number {
    return this.counts.error;
  }

  /** Errors first (they decide whether the file is usable), then warnings, each in found order. */
  problems(): Problem[] {
    const out = [...this.lists.error, ...this.lists.warning];
    const hidden = {
      error: this.counts.error - this.lists.error.length,
      warning: this.counts.warning - this.lists.warning.length,
    };
    if (hidden.error + hidden.warning > 0) {
      out.push({
        path: '$',
        severity: hidden.error > 0 ? 'error' : 'warning',
        code: 'too-many-problems',
        message: {
          en: `${hidden.error + hidden.warning} more problems are not listed (${hidden.error} errors, ${hidden.warning} warnings). Fix the ones above and check again.`,
          fr: `${hidden.error + hidden.warning} autres problèmes ne sont pas listés (${hidden.error} erreurs, ${hidden.warning} avertissements). Corrigez ceux ci-dessus et vérifiez à nouveau.`,
        },
      });
    }
    return out;
  }
}
