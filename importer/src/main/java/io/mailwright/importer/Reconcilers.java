package io.mailwright.importer;

import io.mailwright.helpscout.HelpScout;

/** The reconciler a client supports. */
final class Reconcilers {
  private Reconcilers() {}

  /** The reconciler that reads through {@code client}'s List Conversations. */
  static Reconciler forClient(HelpScout client) {
    return new ListConversationsReconciler(client);
  }
}
