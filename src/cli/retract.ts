// `kg retract`: removes exactly what only the given articles supported.
import { Command } from 'commander';
import { openStore, withStoreOptions, type StoreFlags } from './store-options.js';

export function retractCommand(): Command {
  return withStoreOptions(
    new Command('retract').description('remove articles and exactly the facts only they supported').argument('<articleIds...>', 'article ids'),
  ).action(async (ids: string[], flags: StoreFlags) => {
    const store = await openStore(flags);
    try {
      const summary = await store.retract(ids);
      for (const id of summary.missing) process.stderr.write(`${id}: no such article in the store\n`);
      process.stderr.write(`retracted ${summary.retracted.length} article${summary.retracted.length === 1 ? '' : 's'}\n`);
      if (summary.missing.length > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}
