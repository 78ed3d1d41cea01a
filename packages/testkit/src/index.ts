export * from './helpers';
export * from './media-fixtures';
export * from './free-port';
export * from './private-postgres';
export * from './private-kafka';
export * from './tcp-proxy';
export * from './parse-xml';
export * from './private-sshd';
