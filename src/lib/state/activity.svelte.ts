/**
 * What the person is in the middle of, for parts of the app that must not interrupt them: the update
 * prompt hides while a quiz is in progress and comes back on the score screen.
 */
class Activity {
  /** True from the first question of a quiz until its score screen. */
  quizInProgress = $state(false);
}

export const activity = new Activity();
