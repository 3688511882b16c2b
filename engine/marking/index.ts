/** Classification markings: levels, colours, ranks, parsing and resolution (docs/MARKINGS.md). Pure. */
export * from './levels.ts';
export * from './parse.ts';
export * from './resolve.ts';
