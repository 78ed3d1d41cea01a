// Integration tests start real servers and wait on real infrastructure.
jest.setTimeout(120_000);
