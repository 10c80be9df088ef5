// node_modules for the unpacked backend bundle without an install: links to
// the packages npm installed from package-lock.json, except that the workspace
// packages (npm's links into packages/ and plugins/) resolve to their
// production builds in the bundle.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export function linkNodeModules({ root, bundle }) {
  const linkDir = dir => {
    mkdirSync(join(bundle, dir));
    for (const name of readdirSync(join(root, dir))) {
      const entry = join(dir, name);
      const installed = join(root, entry);
      if (name.startsWith('@')) {
        linkDir(entry);
      } else if (lstatSync(installed).isSymbolicLink()) {
        linkWorkspace(
          entry,
          resolve(dirname(installed), readlinkSync(installed)),
        );
      } else {
        symlinkSync(installed, join(bundle, entry));
      }
    }
  };
  const linkWorkspace = (entry, source) => {
    const built = join(bundle, relative(root, source));
    // Development-only workspaces, the emulator among them, are not bundled.
    if (!existsSync(built)) return;
    symlinkSync(built, join(bundle, entry));
    const own = join(source, 'node_modules');
    if (existsSync(own) && !existsSync(join(built, 'node_modules'))) {
      symlinkSync(own, join(built, 'node_modules'));
    }
  };
  linkDir('node_modules');
}
