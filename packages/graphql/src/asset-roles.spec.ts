import { roleOnAsset, seesWholeWorkspace } from './asset-roles';
import type { Identity } from './identity';

const editor: Identity = {
  subject: 'eve',
  workspaceId: 'w1',
  roles: ['editor'],
  kind: 'user',
  groups: ['g-cutters'],
  workspaceRole: null,
};

describe('role on an asset', () => {
  it('is nothing for a caller no entry names and without a workspace-wide role', () => {
    expect(
      roleOnAsset(editor, 'w1', [
        { principal: 'subject:someone-else', role: 'editor' },
        { principal: 'group:g-other', role: 'viewer' },
      ]),
    ).toBeNull();
    expect(seesWholeWorkspace(editor)).toBe(false);
  });

  it('takes the best entry naming the caller, its group or every member, capped by its own role', () => {
    expect(roleOnAsset(editor, 'w1', [{ principal: 'group:g-cutters', role: 'reviewer' }])).toBe('reviewer');
    expect(
      roleOnAsset(editor, 'w1', [
        { principal: 'group:g-cutters', role: 'viewer' },
        { principal: 'members', role: 'admin' },
      ]),
    ).toBe('editor');
    const viewer: Identity = { ...editor, roles: ['viewer'] };
    expect(roleOnAsset(viewer, 'w1', [{ principal: 'subject:eve', role: 'editor' }])).toBe('viewer');
  });

  it('gives workspace admins every asset of their workspace and nobody another workspace’s', () => {
    const admin: Identity = { ...editor, roles: ['admin'] };
    expect(roleOnAsset(admin, 'w1', [])).toBe('admin');
    expect(roleOnAsset(admin, 'w2', [{ principal: 'subject:eve', role: 'editor' }])).toBeNull();
    expect(seesWholeWorkspace(admin)).toBe(true);
  });

  it('uses the workspace-wide role when no entry gives more', () => {
    const wide: Identity = { ...editor, workspaceRole: 'viewer' };
    expect(roleOnAsset(wide, 'w1', [])).toBe('viewer');
    expect(roleOnAsset(wide, 'w1', [{ principal: 'subject:eve', role: 'editor' }])).toBe('editor');
    expect(seesWholeWorkspace(wide)).toBe(true);
  });

  it('is nothing for a caller without any role', () => {
    expect(roleOnAsset({ ...editor, roles: [] }, 'w1', [{ principal: 'subject:eve', role: 'editor' }])).toBeNull();
  });
});
