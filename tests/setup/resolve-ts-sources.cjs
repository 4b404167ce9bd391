// Lets the jest global setup/teardown (loaded through require, where moduleNameMapper does not apply:
// jestjs/jest#11644) load our sources, whose relative imports name `.js` files that exist only as `.ts`.
const Module = require('node:module');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveTsSource(request, parent, ...rest) {
  try {
    return resolveFilename.call(this, request, parent, ...rest);
  } catch (error) {
    if (!/^\.{1,2}\/.*\.js$/.test(request)) throw error;
    return resolveFilename.call(this, `${request.slice(0, -'.js'.length)}.ts`, parent, ...rest);
  }
};
