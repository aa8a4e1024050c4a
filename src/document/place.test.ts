import { describe, expect, it } from 'vitest';
import { projectSegments } from './place.js';

describe('projectSegments', () => {
  it('gives the folders and name inside the project, read again when the path, its folder or the root changes', () => {
    const file = { path: 'Careers/Jobs/Engineer.md', cwd: '/repo', data: { projectRoot: '/repo' } };
    expect(projectSegments(file)).toEqual(['careers', 'jobs', 'engineer.md']);
    expect(projectSegments(file)).toBe(projectSegments(file));
    file.path = 'roles/chair.md';
    expect(projectSegments(file)).toEqual(['roles', 'chair.md']);
    file.data.projectRoot = '/repo/roles';
    expect(projectSegments(file)).toEqual(['chair.md']);
    expect(projectSegments({ path: '/elsewhere/team/lead.md', cwd: '/repo', data: { projectRoot: '/repo' } })).toEqual(['lead.md']);
    expect(projectSegments({ path: 'a/b/c.md', cwd: '/x' })).toEqual(['b', 'c.md']);
  });
});
