export {
  CANARIES,
  CANARY_USER,
  canaryForms,
  ECHO_ROUTES,
  findLeaks,
  scanText,
  startEchoServer,
} from './canary.js';
export {
  type CapturedRequest,
  type CaptureHandler,
  type CaptureServer,
  closedPort,
  startCaptureServer,
} from './capture-server.js';
export { type ConnectorUnderTest, describeConnectorFixtures } from './connector-fixtures.js';
export { type RecordedFixture, type RecordSubject, recordFixture } from './record-fixture.js';
export { describeWithRedis, hasRedisServer, type RedisServer, startRedisServer } from './redis-server.js';
