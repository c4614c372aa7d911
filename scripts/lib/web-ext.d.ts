/** The part of web-ext's Node API that scripts/lint-firefox.ts uses (web-ext ships no types). */
declare module 'web-ext' {
  import type { LintMessage } from './addons-lint';

  interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }

  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; ignoreFiles?: string[]; output?: 'text' | 'json'; boring?: boolean; selfHosted?: boolean; warningsAsErrors?: boolean },
        options: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
