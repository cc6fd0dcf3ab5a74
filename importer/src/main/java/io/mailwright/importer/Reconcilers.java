package io.mailwright.importer;

import io.mailwright.helpscout.HelpScout;

/** The reconciler a client supports. */
final class Reconcilers {
  private Reconcilers() {}

  /**
   * The reconciler that reads through {@code client}'s List Conversations, or {@code null} while the
   * client has no read calls: conversations in doubt then stay in doubt (reported, never sent again).
   */
  static Reconciler forClient(HelpScout client) {
    return null;
  }
}
