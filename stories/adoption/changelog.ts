/// <reference types="vite/client" />
/**
 * The changelog page's data: CHANGELOG.md as written by Changesets, and the changesets not yet
 * released (.changeset/*.md), read by Vite at build time.
 */
import changelog from '../../CHANGELOG.md?raw';

export { changelog };

export interface PendingChange {
  file: string;
  /** patch, minor or major. */
  bump: string;
  /** The words for the changelog. */
  summary: string;
}

/** Parses one changeset: its front matter names the package and the bump; the rest is the summary. */
export function parseChangeset(file: string, text: string): PendingChange | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!m) return null;
  const bump = /:\s*(patch|minor|major)\s*$/m.exec(m[1])?.[1] ?? '';
  return { file, bump, summary: m[2].trim() };
}

function read(): PendingChange[] {
  try {
    const files = import.meta.glob<string>(['../../.changeset/*.md', '!../../.changeset/README.md'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    return Object.entries(files)
      .map(([path, text]) => parseChangeset(path.split('/').pop()!, text))
      .filter((c): c is PendingChange => c !== null)
      .sort((a, b) => a.file.localeCompare(b.file));
  } catch {
    return []; // not bundled by Vite
  }
}

/** The changes waiting for the next release. */
export const pending: PendingChange[] = read();

/** The pending changes as Markdown, highest bump first. */
export function pendingMarkdown(changes: PendingChange[] = pending): string {
  const order = ['major', 'minor', 'patch'];
  const titles: Record<string, string> = {
    major: 'Breaking changes',
    minor: 'New features and changes',
    patch: 'Fixes',
  };
  return order
    .filter((bump) => changes.some((c) => c.bump === bump))
    .map(
      (bump) =>
        `### ${titles[bump]}\n\n${changes
          .filter((c) => c.bump === bump)
          .map((c) => `- ${c.summary.replace(/\n/g, '\n  ')}`)
          .join('\n')}`,
    )
    .join('\n\n');
}
