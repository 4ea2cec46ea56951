import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/paths';
import { documentedFiles, headingAnchors, localLinks } from '../../test-support/docCommands';

/**
 * Docs that stay true, their links: every link of README.md and docs/*.md that is not an absolute
 * URL names a file or folder of the repository, and a `#fragment` into a markdown file names one of
 * its headings (as GitHub spells the anchor).
 */
describe('the links of the docs', () => {
  it.each(documentedFiles())('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    const absolute = path.join(projectRoot, file);
    for (const link of localLinks(readFileSync(absolute, 'utf8'))) {
      const target = link.path === '' ? absolute : path.resolve(path.dirname(absolute), link.path);
      const shown = `${file}:${link.line}: ${link.path}${link.fragment === undefined ? '' : `#${link.fragment}`}`;
      if (!target.startsWith(projectRoot) || !existsSync(target)) {
        broken.push(`${shown} (no such file)`);
        continue;
      }
      if (link.fragment === undefined || !target.endsWith('.md') || statSync(target).isDirectory()) continue;
      if (!headingAnchors(readFileSync(target, 'utf8')).has(link.fragment.toLowerCase()))
        broken.push(`${shown} (no such heading)`);
    }
    expect(broken).toEqual([]);
  });
});
