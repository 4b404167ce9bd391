// Removes keys whose value is undefined, so zod's `T | undefined` optionals fit exact optional properties.

export type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

export function dropUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}
