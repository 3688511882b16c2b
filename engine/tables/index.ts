/** Table grids: paste parsing (TSV, pipe tables), grid → table with limits, and grid edits. */
export * from './grid.ts';
export * from './ops.ts';
