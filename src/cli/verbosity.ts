// The global --verbose flag: `main` takes it off the command line (it is accepted anywhere) and records it here for
// the commands that print more with it.
let verbose = false;

export function setVerbose(value: boolean): void {
  verbose = value;
}

export function isVerbose(): boolean {
  return verbose;
}
