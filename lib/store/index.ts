export * from './schema';
export * from './errors';
export * from './snapshots';
export * from './annotations';
