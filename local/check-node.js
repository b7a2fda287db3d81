// Runs before `npm start` / `npm test`: the project needs Node 24 (Lambda's nodejs24.x),
// which the `node` devDependency provides. `npm ci --ignore-scripts` skips fetching it
// and every later error would be obscure, so fail here with the fix.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Sieve needs Node 24 but this is ${process.version}. ` +
      'Run `npm ci` (without --ignore-scripts) so the node@24 devDependency installs its binary.',
  );
  process.exit(1);
}
