package io.argus.tsdb.head;

import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.tsdb.QuerierContractTest;

class HeadQuerierContractTest extends QuerierContractTest {

  @Override
  protected Storage openStorage() {
    Head head = new Head(new HeadOptions(HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS, 4));
    return new Storage() {
      @Override
      public Appender appender() {
        return head.appender();
      }

      @Override
      public Querier querier(long minTimeMillis, long maxTimeMillis) {
        return head.querier(minTimeMillis, maxTimeMillis);
      }

      @Override
      public void close() {}
    };
  }
}
