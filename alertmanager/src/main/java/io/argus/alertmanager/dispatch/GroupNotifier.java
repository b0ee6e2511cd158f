package io.argus.alertmanager.dispatch;

import io.argus.alertmanager.notify.GroupNotification;

/**
 * Where flushed groups go: the notification pipeline in production, a recording fake in tests.
 * Returns whether the notification succeeded, which lets the group drop the resolved alerts it
 * reported.
 */
@FunctionalInterface
public interface GroupNotifier {

  boolean notify(GroupNotification flush);
}
